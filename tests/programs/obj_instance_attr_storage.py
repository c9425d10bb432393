# Instance attributes kept without a dict while added in the class's usual order, and every way the dict shows up.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b))
c = P(6, 7)
c.w = 8            # out of the shared order (z came first in b)
print(c.__dict__, c.w, c.x)
c.x += 10
print(c.__dict__)

# Different insertion orders keep their own order.
class Q:
    pass


q1 = Q()
q1.a = 1
q1.b = 2
q2 = Q()
q2.b = 3
q2.a = 4
print(q1.__dict__, q2.__dict__, list(vars(q2)))

# The dict taken once stays the object's storage.
d = a.__dict__
a.y = 20
a.n = 30
print(d, a.y, a.n, d is a.__dict__)
d["x"] = 100
print(a.x)

# Deleting and re-adding.
e = P(1, 2)
del e.x
print(e.__dict__, hasattr(e, "x"))
e.x = 9
print(e.__dict__)
try:
    del e.nope
except AttributeError as err:
    print("AttributeError", err)

# setattr/getattr with computed names, then the fast paths on the same object.
f = P(0, 0)
for i in range(5):
    setattr(f, "k%d" % i, i)
print(sorted(vars(f).items()), getattr(f, "k3"), f.k4)

# A class attribute shadowed by an instance attribute, methods shadowed per instance.
class R:
    v = 1

    def m(self):
        return "method"


r = R()
print(r.v, r.m())
r.v = 2
r.m = lambda: "instance"
print(r.v, R.v, r.m(), R.m(r), vars(r).keys())

# __class__ assignment keeps the attributes.
class S:
    pass


class T:
    pass


s = S()
s.p = 1
s.q = 2
s.__class__ = T
s.r = 3
print(type(s).__name__, vars(s))
t = T()
t.r = 4
print(vars(t))

# __dict__ replaced.
g = P(1, 2)
g.__dict__ = {"u": 1}
print(vars(g), hasattr(g, "x"))
g.x = 5
print(vars(g))

# Many attributes (beyond the shared-order limit).
class Many:
    pass


m1 = Many()
for i in range(40):
    setattr(m1, "a%d" % i, i)
m2 = Many()
for i in range(40):
    setattr(m2, "a%d" % i, -i)
print(len(vars(m1)), m1.a0, m1.a39, m2.a35, list(vars(m2))[-3:])

# Augmented assignment on attributes, missing attribute errors.
h = P(1.5, 2)
h.x *= 2
h.y /= 4
print(h.x, h.y, vars(h))
try:
    h.missing += 1
except AttributeError as err:
    print("AttributeError", err)
try:
    print(P(1, 2).nothing)
except AttributeError as err:
    print("AttributeError", err)

# copy and pickle-like protocols go through __dict__.
import copy

k = P([1], {"a": 1})
k2 = copy.copy(k)
k3 = copy.deepcopy(k)
k.x.append(2)
print(vars(k2), vars(k3), k2.x is k.x)

# __slots__ classes and subclasses with a dict.
class Slotted:
    __slots__ = ("a",)


class Sub(Slotted):
    pass


o = Sub()
o.a = 1
o.b = 2
print(o.a, o.b, vars(o))

# Mixed float and int arithmetic.
x = 3.0
n = 2
print(x / 2, 2 / x, x * n, n - x, (x * x) / 2, 2 ** 0.5 * 3, 1 / 3 + 1, 7 - 0.5)
print(10 ** 17 + 0.0, 0.1 * 3, 2 ** 62 * 1.0, (2 ** 53 + 1) * 1.0)
try:
    print(x / 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
try:
    print(1.5 / (n - 2))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
print(True + 0.5, 0.5 * False)
