# sorted/list.sort: key, reverse, stability, mixed errors.
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
import operator
print(sorted(data, key=operator.itemgetter(1, 0)))
print(sorted("The quick Brown fox".split(), key=str.lower), sorted("The quick Brown fox".split()))
print(sorted([3, 1, 2], reverse=True), sorted((5, 4)), sorted({3: 0, 1: 0}), sorted("cab"), sorted(range(5, 0, -1)))
words = ["aa", "b", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([1.5, -2, 3, 0.0, True]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8, 1], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
class Item:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "%d%s" % (self.v, self.tag)
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(sorted(items), sorted(items, reverse=True))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda v: v))
stable = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0])
print(stable)
print(sorted([-3, 2, -1], key=abs), max([-3, 2], key=abs), min("bca"), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted(range(10), key=lambda x: (x % 2, -x)))
l = [3, 2, 1]
print(l.sort(), l, sorted(l) is l)
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoLt()]) != [], sorted([]), sorted([[]]))
print(sorted(["b", "a"], key=None), sorted([0.1, 0.01, float("inf"), -float("inf")]))
