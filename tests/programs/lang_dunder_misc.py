# __repr__/__str__/__format__, __bool__, __index__, __call__, __hash__, __int__/__float__.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
print(R(), str(R()), repr(S()).startswith("<__main__.S object"), str(S()), Both(), repr(Both()))
print([Both()], (Both(),), {"k": Both()}, "%s %r" % (Both(), Both()), f"{Both()} {Both()!r} {Both()!s}")
print(str([S()]).startswith("[<__main__.S"))

class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"
print(format(Fmt()), format(Fmt(), "x>10"), f"{Fmt():abc}", "{:q}".format(Fmt()), "{0!s:5}".format("ab") + "|")
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(S(), ""), format(3, ""), format(R()))

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truthy(True)), bool(Truthy(False)), not Truthy(False), "yes" if Truthy(True) else "no")
print(Truthy(False) or "alt", Truthy(True) and "both")
class LenOnly:
    def __len__(self):
        return 2
print(bool(LenOnly()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
items = list("abcdef")
print(items[Idx(2)], items[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print("ab" * Idx(3), [0] * Idx(2), operator_index := __import__("operator").index(Idx(9)))
print(int(Idx(4)) if hasattr(int, "__index__") else None)
try:
    items[1.5]
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return 7
    def __floor__(self):
        return 1
    def __ceil__(self):
        return 2
import math
print(int(Num()), float(Num()), complex(Num()), round(Num()), round(Num(), 2), math.trunc(Num()), math.floor(Num()), math.ceil(Num()))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5), list(map(add5, [1, 2])))

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "second"
print(len(d), d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
class HashBad:
    def __hash__(self):
        return "no"
try:
    hash(HashBad())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class ReprBad:
    def __repr__(self):
        return 5
try:
    repr(ReprBad())
except TypeError as e:
    print(type(e).__name__, e)
class Del:
    def __del__(self):
        pass
print(type(Del()).__name__)
