# set and frozenset methods, operators, error messages (int elements: deterministic order).
s = {3, 1, 2}
s.add(5)
s.add(1)
print(s, len(s), 2 in s, 9 not in s)
s.discard(9)
s.remove(5)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 7)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 11}
print(c)
c.update([20], (21,))
c.intersection_update(range(15, 25))
print(c)
c.difference_update({20})
c.symmetric_difference_update({21, 30})
print(c)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([1, 1, 2]), set(range(5)), set({1: 2}), frozenset(), frozenset([3, 3]))
f = frozenset([1, 2])
print(f | {3}, {3} | f, type(f | {3}).__name__, type({3} | f).__name__, f & {2}, hash(f) == hash(frozenset([2, 1])))
print({f: "frozen as key"}[frozenset({1, 2})], f == {1, 2}, {1, 2} == f)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted({-1, 5, 3}), min({4, 2}), max({4, 2}), sum({1, 2, 3}), len(set("abca")))
print({x * x for x in range(-3, 4)}, {True, 1, 1.0}, {0, False, 0.0})
big = set(range(100, 0, -7))
print(sorted(big)[:5], 93 in big)
cp = a.copy()
cp.clear()
print(cp, a, repr(set()), repr(frozenset()), repr(frozenset({1})))
print(set([1, 2]) == frozenset([1, 2]), {1, 2}.__len__(), set.__name__, {(1, 2), (1, 2)})
print({1, 2, 3} - {2} | {9}, {1, 2} & {2, 3} ^ {3, 4})
