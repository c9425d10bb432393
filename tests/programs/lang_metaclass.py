# Metaclasses: __new__, __init__, __call__, __prepare__, kwargs, type() form.
log = []

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kw.items())))
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True):
    x = 1
    def method(self):
        return "m"

class B(A):
    y = 2

print(log)
log.clear()
b = B(5) if False else B()
print(log, b.method(), B.created_by, type(B).__name__)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"prepared": True}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = [k for k in ns if not k.startswith("__")]
        return cls
class Rec(metaclass=Ordered):
    zeta = 1
    alpha = 2
    mid = 3
print(Rec.fields, Rec.prepared)

Dyn = type("Dyn", (object,), {"v": 10, "get": lambda self: self.v * 2})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__)
Child = type("Child", (Dyn,), {})
print(Child().get(), [c.__name__ for c in Child.__mro__])
print(type(5), type("s").__name__, type(Dyn()).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.v)

class AttrMeta(type):
    def __getattr__(cls, name):
        return "meta provides " + name
    def __len__(cls):
        return 99
    def __repr__(cls):
        return "<class " + cls.__name__ + " via AttrMeta>"
class Magic(metaclass=AttrMeta):
    real = 1
print(Magic.real, Magic.anything, len(Magic), repr(Magic))

class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class Y(metaclass=M3): pass
class Z(X1, Y): pass
print(type(Z).__name__)

class Validating(type):
    def __new__(mcls, name, bases, ns):
        if "required" not in ns and bases:
            raise TypeError(name + " lacks required")
        return super().__new__(mcls, name, bases, ns)
class Root(metaclass=Validating):
    pass
class Good(Root):
    required = 1
try:
    class NotGood(Root):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Root, Validating), isinstance(Good, type), issubclass(Validating, type))

class InstCheck(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class Intish(metaclass=InstCheck):
    pass
print(isinstance(3, Intish), isinstance("3", Intish), issubclass(bool, Intish), issubclass(int, Intish))
print(type.__name__, type(type).__name__, Meta.__mro__[1].__name__)
ns = {}
T = type("T", (), ns)
print(T.__qualname__, T.__module__ if hasattr(T, "__module__") else None)
