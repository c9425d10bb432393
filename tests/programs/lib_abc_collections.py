# abc (ABCMeta, abstractmethod, register, __subclasshook__) and collections.abc with mixins and builtin registrations.
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Set, MutableSet, Container, Generator

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return "%s with area %s" % (self.name(), self.area())

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

class Half(Shape):
    def area(self): return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(int, Shape), type(Shape).__name__)

class Plugin(metaclass=ABCMeta):
    pass
class Thing: pass
Plugin.register(Thing)
print(issubclass(Thing, Plugin), isinstance(Thing(), Plugin), issubclass(int, Plugin), Plugin.register(int) is int, isinstance(3, Plugin))

class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(issubclass(Duck, Sized), issubclass(Duck, Iterable), isinstance(Duck(), Iterator), issubclass(Duck, Container))
print([isinstance(x, Hashable) for x in (1, "s", [], {}, (1,), set(), frozenset())])
print(isinstance([], Sequence), isinstance((), Sequence), isinstance("", Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping),
      isinstance(range(3), Sequence), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance(frozenset(), Set))
print(isinstance(iter([]), Iterator), isinstance((x for x in ()), Generator), isinstance(len, Callable), isinstance(3, Callable), isinstance(b"", cabc.ByteString))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), Set), isinstance(Duck, Callable))

class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r["a"] = 1
r.update(b=2, c=3)
print(r.get("a"), r.get("z", 0), "b" in r, sorted(r.keys()), sorted(r.items()), sorted(r.values()), r.pop("a"), r.setdefault("d", 4), len(r), r == {"b": 2, "c": 3, "d": 4})
print(list(r.keys() & {"b", "x"}), r.popitem(), isinstance(r, Mapping), isinstance(r, dict))

class Seq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), len(s))

class FS(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FS([1, 2, 3, 5]), a == FS([3, 2, 1]), a.isdisjoint([7]))

class C(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
print(sorted(C.__abstractmethods__), abc.get_cache_token() >= 0)
try:
    Plugin.register(3)
except TypeError as e:
    print(type(e).__name__, e)
import os
class P:
    def __fspath__(self): return "p"
print(isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
