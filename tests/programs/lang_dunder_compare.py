# Rich comparisons, NotImplemented, reflection, __hash__/__eq__ interplay.
import functools

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents == o.cents
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return "M(%d)" % self.cents

a, b = Money(100), Money(250)
print(a == Money(100), a != b, a < b, a <= b, a > b, b >= a)
print(a == 100, a != 100)
print(sorted([b, a, Money(5)]), min(a, b), max([a, b]))
print(len({a, Money(100), b}))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class Tracer:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print("  %s.__eq__(%s)" % (self.name, getattr(o, "name", o)))
        return NotImplemented
    def __lt__(self, o):
        print("  %s.__lt__(%s)" % (self.name, getattr(o, "name", o)))
        return NotImplemented
    def __gt__(self, o):
        print("  %s.__gt__(%s)" % (self.name, getattr(o, "name", o)))
        return NotImplemented
x, y = Tracer("x"), Tracer("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
print(x == x, x in [x], x in [y])

class Sub(Money):
    def __eq__(self, o):
        return "Sub.__eq__"
print(Money(1) == Sub(1), Sub(1) == Money(1))

class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1))
try:
    d1 < d2
except TypeError as e:
    print(type(e).__name__, e)

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
vs = [Version(1, 2), Version(1, 10), Version(1, 3)]
print([v.parts for v in sorted(vs)], Version(2) > Version(1, 9), Version(1) >= Version(1))

class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 3, 3 == AlwaysEq(), [1, 2].count(AlwaysEq()), AlwaysEq() in [1])
print([1, AlwaysEq()] == [1, 2], (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "a" < "b" < "c")
class Weird:
    def __lt__(self, o):
        return "truthy string"
print(Weird() < 1, 1 > Weird())
print(bool(Weird() < 1), sorted([3, 1, 2], key=lambda v: -v))
class NE:
    def __eq__(self, o):
        return 42
print(NE() != 1, NE() == 1)
