# collections: Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.items()), sum(c.values()))
c.update("aaz")
c.subtract({"a": 2})
print(c.most_common(2), sorted(c.elements())[:6], c.total() if hasattr(c, "total") else None)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) & Counter(a=1), Counter(a=1) | Counter(a=2))
d = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    d[k].append(v)
print(dict(d), d["new"], sorted(d), d.default_factory is list)
counts = defaultdict(int)
for w in "the cat the hat the".split():
    counts[w] += 1
print(sorted(counts.items()), repr(defaultdict(int, {"a": 1})))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print(type(e).__name__, e)
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.pop(), q.popleft(), q, len(q), q[0], q[-1])
q.extend([5, 6])
q.extendleft([-1, -2])
q.rotate(2)
print(q)
q.rotate(-3)
print(q, q.count(5), 5 in q, list(reversed(q)))
bounded = deque(range(10), maxlen=3)
bounded.append(99)
print(bounded, bounded.maxlen)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), tuple(p), p == (1, 2))
x, y = p
print(x + y, len(p), isinstance(p, tuple), Point.__name__)
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
print(od2 == OrderedDict([("y", 2), ("x", 1)]), dict(od2) == {"y": 2, "x": 1})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
