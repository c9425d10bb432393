from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
from functools import reduce, partial, lru_cache, wraps
import itertools

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sum(c.values()))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), len(d))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), isinstance(p, tuple), p == (1, 2))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
double = partial(lambda a, b: a * b, 2)
print(double(21))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

def logged(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@logged
def documented():
    "doc"
print(documented.__name__, documented.__doc__)
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain("ab", [1])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby("aaabbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.pairwise([1, 2, 3])))
