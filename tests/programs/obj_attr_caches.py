# Attribute sites that see changing modules, several classes, and instance attributes that appear later:
# the caches of module attributes and instance slots must follow every change.
import math
import sys
import types


def use_module(m, n):
    out = []
    for i in range(n):
        out.append(m.value)
        out.append(math.sqrt(4.0 * (i + 1)) + math.floor(2.5))
    return out


mod = types.ModuleType("mod")
mod.value = 1
print(use_module(mod, 2))
mod.value = 2
print(use_module(mod, 2))
other = types.ModuleType("other")
other.value = "other"
print(use_module(other, 1), use_module(mod, 1))
del mod.value
try:
    use_module(mod, 1)
except AttributeError as e:
    print("AttributeError", e)
mod.__getattr__ = lambda name: "from __getattr__ " + name
print(use_module(mod, 1))
mod.value = 3
print(use_module(mod, 1))
saved = math.sqrt
math.sqrt = lambda x: -x
print(use_module(mod, 1))
math.sqrt = saved
print(use_module(mod, 1))
saved_floor = math.floor
math.floor = lambda x: 100
print(use_module(mod, 1))
del math.floor
try:
    use_module(mod, 1)
except AttributeError as e:
    print("AttributeError", e)
math.floor = saved_floor
sys.modules["mod"] = mod
vars(mod)["value"] = "through vars"
print(use_module(mod, 1))


# One site, instances of classes with different attribute orders (and a dict-backed one).
class A:
    def __init__(self):
        self.x = 1
        self.y = 2

    def total(self):
        return self.x * 10 + self.y


class B(A):
    def __init__(self):
        self.y = 3
        self.x = 4


class C(A):
    def __init__(self):
        self.z = 0
        self.y = 5
        self.x = 6


objs = [A(), B(), C(), A(), B(), C()]
objs[3].__dict__["x"] = 7
print([o.total() for o in objs], [o.total() for o in objs])
for o in objs:
    o.x += 1
    o.y = o.y * 2
print([(o.x, o.y) for o in objs])


# A method looked up through instances that later get an attribute of the same name.
class Shape:
    def area(self):
        return 1

    def weight(self):
        return self.area() + 1


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


shapes = [Shape(), Sq(2), Sq(3)]
print([s.weight() for s in shapes])
shapes[1].area = lambda: 100
print([s.weight() for s in shapes])
shapes[0].area = lambda: -1
print([s.weight() for s in shapes])
del shapes[1].area
print([s.weight() for s in shapes])


# Many attribute names (past the inline values and the names' filter) in several orders.
class Many:
    pass


def fill(obj, names):
    for n in names:
        setattr(obj, n, n.upper())


names = ["a%d" % i for i in range(40)]
m1, m2 = Many(), Many()
fill(m1, names)
fill(m2, reversed(names))
print(m1.a0, m1.a5, m1.a39, m2.a0, m2.a39, len(vars(m1)), list(vars(m2))[:3])
try:
    m1.missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(m1, "a40"), hasattr(m2, "a3"), getattr(m1, "b0", "default"))
