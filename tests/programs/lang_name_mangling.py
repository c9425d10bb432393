# Private name mangling, class scopes, class attributes vs instance attributes.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return "private of " + self.__owner
    def call_private(self):
        return self.__private_method()
    def __dunder__(self):
        return "dunder names are not mangled"
a = Account("ann")
b = Account("bob")
print(a.owner(), b.owner(), Account.count(), a.call_private(), a.__dunder__())
print(sorted(k for k in vars(a)), "_Account__count" in Account.__dict__)
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__owner, a._Account__private_method())
class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub-" + owner
    def both(self):
        return self.__owner, self._Account__owner
s = Sub("cy")
print(s.both(), sorted(vars(s)))
class _Leading:
    def __m(self):
        return "mangled with stripped underscore"
    def call(self):
        return self.__m()
print(_Leading().call(), hasattr(_Leading, "_Leading__m"))
class ___:
    def __m(self):
        return "all underscores"
    def call(self):
        return self.__m()
print(___().call(), "__m" in vars(___))
class Mangle:
    def get(self):
        __local = 5
        return __local, sorted(locals())
    def attr_via_getattr(self):
        self.__x = 1
        return getattr(self, "__x", "getattr is not mangled"), getattr(self, "_Mangle__x")
print(Mangle().get(), Mangle().attr_via_getattr())
class ClassScope:
    x = 1
    y = [x + 1]
    def method(self):
        return x_global
    z = (lambda: "lambda in class body")()
x_global = "module level"
print(ClassScope.y, ClassScope().method(), ClassScope.z)
class Counter:
    total = 0
    def add(self):
        self.total += 1
c1, c2 = Counter(), Counter()
c1.add(); c1.add(); c2.add()
print(c1.total, c2.total, Counter.total, "total" in vars(c1))
