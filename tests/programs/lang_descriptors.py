# Custom descriptors: data vs non-data, __set_name__, precedence.
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        obj.__dict__.pop(self.name, None)

class Person:
    name = Typed(str)
    age = Typed(int)

p = Person()
print(p.name, p.age)
p.name = "Ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
print(type(Person.name).__name__, Person.name.name, Person.name.owner)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, v):
        print("set called with", v)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
h2.attr = 5

class Trace:
    def __get__(self, obj, objtype):
        return ("get", obj is None, objtype.__name__)
class T:
    t = Trace()
print(T.t, T().t)

class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def show(self, extra):
        return self.v + extra
print(UsesMethod(10).show(5))

def plain(self):
    return "bound to " + type(self).__name__
bound = plain.__get__(T(), T)
print(bound())
print(plain.__get__(None, T) is plain)

class ClassProp:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        return self.fn(owner)
class Conf:
    @ClassProp
    def label(cls):
        return "label of " + cls.__name__
class Conf2(Conf):
    pass
print(Conf.label, Conf2.label, Conf2().label)

class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads
class UseCounted:
    c = Counted()
u = UseCounted()
print(u.c, u.c, UseCounted.c)

class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["x"] = v * 2
class S:
    x = SetOnly()
s = S()
s.x = 4
print(s.x, type(S.__dict__["x"]).__name__)
print(hasattr(Typed, "__get__"), hasattr(NonData, "__set__"))
sm = staticmethod(len)
print(sm.__get__(None, object)("abc"))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, Person)())
