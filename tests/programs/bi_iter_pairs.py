# zip/enumerate/map/filter as iterators, and loops whose target unpacks two names from them.
import sys

# zip keeps no exhausted state: each next() asks the iterators again.
a = iter([1, 2, 3, 4])
z = zip(a, iter([9]))
print(next(z))
print(next(z, "end"), next(a), next(z, "end"), list(a))

# strict zip messages
for args in ([[1], [2, 3]], [[1, 2], [3]], [[1], [2], [3, 4]], [[1, 2], [3, 4], [5]], [[1], [2, 3], [4]]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip()), list(zip([1, 2])), list(zip("ab", "cd", "ef")), type(zip([], [])).__name__)

# enumerate's start goes through __index__ and becomes an exact int
print(list(enumerate("ab", True)), [type(i).__name__ for i, _ in enumerate("ab", True)])
print(list(enumerate("abc", sys.maxsize - 1)))
print(list(enumerate("ab", -2 ** 70)))


class Idx:
    def __index__(self):
        return 5


print(list(enumerate("xy", Idx())))
for bad in (1.5, "1", None):
    try:
        enumerate([1], bad)
    except TypeError as e:
        print("TypeError", e)
try:
    enumerate()
except TypeError as e:
    print("TypeError", e)

# map / filter
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(bool, [0, 2, None])), list(filter(lambda x: x % 2, range(7))))
m = map(int, iter(["1", "x", "3"]))
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
print(next(m))

# loops unpacking two names from pair iterators: locals, attributes, subscripts, break/else, nested
class Box:
    pass


def loops(xs, ys):
    out = []
    for i, x in enumerate(xs):
        out.append((i, x))
    for x, y in zip(xs, ys):
        out.append(x + y)
    b = Box()
    d = {}
    for b.k, d["v"] in zip(xs, ys):
        out.append((b.k, d["v"]))
    for i, x in enumerate(xs, 10):
        if x == "b":
            break
    else:
        out.append("no break")
    out.append(i)
    for i, x in enumerate([]):
        pass
    else:
        out.append("else")
    for x, x in zip(xs, ys):
        out.append(x)
    for (i, (p, q)) in enumerate(zip(xs, ys)):
        out.append((i, p, q))
    return out


print(loops(["a", "b", "c"], ["x", "y"]))

# the same inside generators and comprehensions
def gen(xs):
    for i, x in enumerate(xs):
        yield i, x
    for x, y in zip(xs, xs[1:]):
        if x < y:
            yield x + y


print(list(gen("abcb")))
print([i * x for i, x in enumerate([3, 4, 5])], {x: y for x, y in zip("ab", "cd")}, sum(x * y for x, y in zip([1, 2], [3, 4])))
print(list((i, c) for i, c in enumerate("hi")))

# a three-name target over pairs still raises like unpacking a 2-tuple
try:
    for a1, a2, a3 in zip([1], [2]):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for (a1,) in enumerate([1]):
        pass
except ValueError as e:
    print("ValueError", e)

# an iterator given to a comprehension gets iter() called once, in the enclosing scope
class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        print("iter")
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


print([x for x in It()], list(x for x in It()), {x for x in It()}, {x: 1 for x in It()})
