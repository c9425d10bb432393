# The first iterable of a comprehension: ranges, lists (growing while walked), tuples, subclasses, targets that
# are not plain names, and iter() called once in the enclosing scope.
items = [1, 2, 3]
print([x for x in items if len(items) < 6 and items.append(x * 10) is None])
print(items)
print([i * 2 for i in range(5)], [i for i in range(10, 0, -3)], [i for i in range(0)], {i % 3 for i in range(7)})
print([a + b for a, b in ((1, 2), (3, 4))], {k: v for k, v in [("a", 1), ("b", 2)]}, [c for c in ("x",)])
print([(i, j) for i in range(3) for j in range(i)], [x for x in (y for y in range(3))])


class Box:
    pass


b = Box()
print([b.v for b.v in range(3)], b.v)
d = {}
print([d["k"] for d["k"] in [5, 6]], d)
print([x for (x,) in [(1,), (2,)]], [x for [x, y] in [(1, 2)]])


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([9, 8])


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter(["t"])


print([x for x in L([1])], [x for x in T((1,))], {x for x in L([])}, {x: 0 for x in T(())})
print([i for i in range(2 ** 64, 2 ** 64 + 2)], [i for i in range(-2 ** 63, -2 ** 63 + 2)])
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError", e)
try:
    [x for x, y in [(1, 2), (3,)]]
except ValueError as e:
    print("ValueError", e)
