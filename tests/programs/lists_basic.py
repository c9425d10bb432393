a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[2], a[-1], a[1:4], a[::-1], a[::3])
a.append(7); a.extend([8, 9]); a.insert(0, 0); print(a)
print(a.pop(), a.pop(0), a.index(4), a.count(1), a)
a.remove(1); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([3, 1, 2], reverse=True))
b = a[:]
b[0] = 100
print(a[0], b[0], a == b, a is b, [1, 2] + [3], [0] * 3, [[0] * 2] * 2)
c = list(range(10))
c[2:5] = ["x", "y"]
print(c)
del c[0]; del c[::2]; print(c)
c[1:1] = [7, 7]; print(c)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [] == [], [1, [2, 3]] == [1, [2, 3]])
d = [5, 2, 8]
d.reverse(); print(d, d.copy(), 8 in d, 10 in d)
d.clear(); print(d, bool(d), bool([0]))
x = [1, 2]
x.append(x)
print(x)
pairs = [(1, "b"), (0, "c"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: p[1]))
