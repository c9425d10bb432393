# __slots__: fixed attributes, no __dict__, inheritance, defaults errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x, P.__slots__, type(P.x).__name__)

class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"), q.__dict__)

class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Unset:
    __slots__ = ("v",)
u = Unset()
try:
    u.v
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(u, "v", "missing"))
try:
    del u.v
except AttributeError as e:
    print(type(e).__name__, e)

class Point3:
    __slots__ = ["x", "y", "z"]
    def __init__(self, *c):
        for name, v in zip(self.__slots__, c):
            setattr(self, name, v)
    def __repr__(self):
        return "Point3(%s)" % ", ".join(str(getattr(self, n)) for n in self.__slots__)
print(Point3(1, 2, 3), [Point3(i, i, i) for i in range(2)])

class WeakOK:
    __slots__ = ("__weakref__", "val")
print(sorted(k for k in WeakOK.__dict__ if not k.startswith("__") or k == "__weakref__"))
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 7
    def reveal(self):
        return self.__secret
print(Priv().reveal(), "_Priv__secret" in Priv.__dict__)
