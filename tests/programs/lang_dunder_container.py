# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        raise TypeError("need (x, y)")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "?" in g, "?" not in g)
del g[0, 1]
print(g[0, 1], "#" in g)
for bad in ((5, 5), "x"):
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s], list(reversed([*s])))
it = iter(s)
print(next(it), next(it), type(it).__name__)

class Sliceable:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
sl = Sliceable()
print(sl[1], sl[1:2], sl[::3], sl[:], sl[1:2:-1], sl[..., 1], sl["k"])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self):
        return self.n
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), 3 in c, max(c), sorted(c))
a, b, *rest = c
print(a, b, rest)

class Defaults(dict):
    def __missing__(self, key):
        return "missing " + str(key)
d = Defaults(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), not Empty())

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoIter()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsOnlyIter:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in ContainsOnlyIter(), 7 in ContainsOnlyIter())
class LenHint:
    def __length_hint__(self):
        return 7
import operator
print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(NoIter(), 3))
