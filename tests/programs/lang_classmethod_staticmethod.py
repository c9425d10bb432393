# classmethod and staticmethod behaviour, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class MyDate(Date):
    pass

print(Date.from_string("2020-02-29"))
print(MyDate.from_string("1999-12-31"))
print(MyDate(1, 2, 3).from_string("5-6-7"))
print([Date.is_leap(y) for y in (1900, 2000, 2004, 2023)])
print(Date(1, 1, 1).is_leap(2000))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.__dict__["is_leap"].__func__ is Date.is_leap)
cm = Date.__dict__["from_string"]
print(cm.__func__.__name__, cm.__wrapped__.__name__)

class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls
class Sub(Registry):
    pass
Registry.register(1)
Sub.register(2)
print(Registry.items, Sub.items)

class Counter:
    count = 0
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count
print(Counter.incr(), Counter.incr(), Counter().incr())

class Util:
    @staticmethod
    def add(*a):
        return sum(a)
    add_alias = add
    def call_static(self):
        return self.add(1, 2), Util.add(3), type(self).add(4)
print(Util().call_static(), Util.add_alias(5, 5))

def free(x):
    return x * 3
class Attach:
    s = staticmethod(free)
    c = classmethod(lambda cls, x: (cls.__name__, x))
print(Attach.s(2), Attach().s(3), Attach.c(4), Attach().c(5))
print(callable(staticmethod(free)))
print(staticmethod(free)(7))

class Meta(type):
    @classmethod
    def create(mcls, name):
        return mcls(name, (), {})
X = Meta.create("X")
print(X.__name__, type(X).__name__)

class WithStaticProp:
    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]
print(len(WithStaticProp.make_many(3)), type(WithStaticProp.make_many(1)[0]).__name__)
print(repr(Date.is_leap.__name__), Date.from_string.__name__, Date.from_string.__qualname__)
