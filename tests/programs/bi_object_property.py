# object, property, staticmethod, classmethod, super, slice, type builtins used directly.
o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o), isinstance(o, object), str(o).startswith("<object object at"))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__bases__, object.__base__, type.__bases__, len(object.__subclasses__()) > 10)
class P:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
    def set(self, v):
        self._v = v
    v = property(get, set, doc="value")
    half = property(lambda self: self._v / 2)
p = P()
p.v = 10
print(p.v, p.half, P.v.__doc__, P.v.fget is P.get, P.half.fset)
prop = property(P.get)
prop2 = prop.setter(P.set)
print(prop is prop2, prop.fset, prop2.fset is P.set)
class Q:
    sm = staticmethod(lambda: "static")
    cm = classmethod(lambda cls: cls.__name__)
print(Q.sm(), Q().sm(), Q.cm(), Q().cm(), isinstance(Q.__dict__["sm"], staticmethod))
class Base:
    def hi(self):
        return "base hi"
class Kid(Base):
    def hi(self):
        return "kid+" + super(Kid, self).hi()
print(Kid().hi(), super(Kid, Kid()).hi(), type(super(Kid, Kid())).__name__)
try:
    super(Kid, 5)
except TypeError as e:
    print(type(e).__name__, e)
s = slice(2, 8, 2)
print(list(range(10))[s], s.indices(6), slice(None, -1).indices(10), "abcdefgh"[slice(1, None, 3)])
print(type(slice(1)).__name__, slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) < slice(1, 3))
T = type("T", (Base,), {"x": 1, "hi": lambda self: "T hi"})
print(T().hi(), T.x, T.__mro__[1].__name__, type(T).__name__)
print(type(3.0), type(3.0)("4.5"), type([])((1, 2)), type({})(a=1), type(len).__name__)
class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.made_in_new = v
        return inst
    def __init__(self, v):
        self.init_v = v * 2
w = WithNew(3)
print(w.made_in_new, w.init_v)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(IntSub(4), IntSub(4) + 1, type(IntSub(4) + 1).__name__, isinstance(IntSub(1), int))
class StrSub(str):
    def shout(self):
        return self.upper() + "!"
ss = StrSub("hey")
print(ss.shout(), ss + "x", type(ss + "x").__name__, len(ss), ss == "hey", repr(ss))
class ListSub(list):
    def total(self):
        return sum(self)
ls = ListSub([1, 2, 3])
ls.append(4)
print(ls, ls.total(), type(ls[:2]).__name__, isinstance(ls, list))
class DictSub(dict):
    def __missing__(self, k):
        return k * 2
print(DictSub()[21], DictSub(a=1)["a"], DictSub(a=1).get("b"))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__repr__(5).startswith("<int object"))
print(callable(object.__init_subclass__), object.__class__, object().__dir__() is not None)
