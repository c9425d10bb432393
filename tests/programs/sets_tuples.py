s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, set(), frozenset([1, 2]), set("aab") == {"a", "b"})
print(sorted({3, 1, 2}), {x % 3 for x in range(10)}, set([1, 2]).union([3], [4]), {1, 2, 3}.intersection({2, 3, 4}))
t = (1, "two", 3.0)
print(t, t[1], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
print((1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), t.index(3.0), (1, 1, 2).count(1))
a, b = 1, 2
a, b = b, a
print(a, b)
fs = frozenset({1, 2})
print({fs: "frozen"}[frozenset([2, 1])])
