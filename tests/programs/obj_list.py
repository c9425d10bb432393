# list methods and their error messages.
lst = [3, 1, 4, 1, 5]
lst.append(9)
lst.extend([2, 6])
lst.extend(range(2))
lst.insert(0, 100)
lst.insert(-1, 200)
lst.insert(1000, 300)
lst.insert(-1000, -1)
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(5, 2), lst.count(1), lst.count(42))
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda v: v % 5)
print(lst)
c = lst.copy()
c.clear()
print(c, lst[:3])
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][5],
            lambda: [1, "a"].sort(), lambda: [].index(1, 0, 0), lambda: [1] + (2,), lambda: [1] * "x", lambda: [1, 2].insert(),
            lambda: [1][float(1)], lambda: [1, 2, 3].pop("1"), lambda: list(5)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]
a += (3, 4)
a *= 2
print(a, [0] * 3, [[]] * 2, 2 * [1, 2], [1] * -1)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [[]], [1, [2]] == [1, [2]])
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "xy"))
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [4]
print(x, y, x is y)
print(sorted([3, 1, 2]), min([3, 1]), max([3, 1]), sum([1, 2]), [1, 2, 3][::-1], len([[], []]))
nested = [1, [2, [3]]]
nested[1][1].append(4)
print(nested, 4 in nested, [3, 4] in nested[1])
r = [1, 2, 3]
r.append(r)
print(r)
print(repr([None, True, 1.0, "s", b"b", (1,), {1}]))
lst = list(range(10))
print(lst.index(5, -6), lst.index(9, -1))
print([].copy(), [1, 2].__len__(), [1, 2].__getitem__(-1), list.__name__)
e = [5, 3]
e.sort(key=None)
print(e, e.sort())
s = ["b", "A", "c"]
s.sort(key=str.lower)
print(s)
try:
    [1, 2].sort(lambda a: a)
except TypeError as ex:
    print(type(ex).__name__, ex)
h = [1, 2, 3]
print(h.__contains__(2), h.__iadd__([4]), h)
print([i for i in reversed([1, 2, 3])], list(reversed([])))
try:
    hash([])
except TypeError as ex:
    print(type(ex).__name__, ex)
