# sum() over generator expressions, lists and tuples: machine-number totals, values that need the full protocol
# (which may touch the generator while it is suspended), errors raised inside the generator.
class R:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("radd", other, next(g, None), g.gi_running)
        return other + self.v


g = (x for x in [1, 2, R(10), 4, 5.5, R(1), 7])
print(sum(g), next(g, "done"))

print(sum(x for x in [2 ** 62, 2 ** 62, 2 ** 62]), sum(x for x in [-2 ** 63, -1, 1]))
print(sum((0.5 * i if i % 2 else i) for i in range(10)), sum(x for x in [1, 2.5, True, 3]))
print(sum((x for x in []), 1.5), sum((x for x in []), True), sum((x for x in [1]), True), sum((x for x in [1.0]), 2))
print(sum((x for x in [[1], [2]]), []), sum(((x,) for x in "ab"), ()))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), sum(i for i, c in enumerate("abcd") if c != "b"))
print(sum(x for x in range(20) if x % 2 if x % 3), sum(x * y for x in range(4) for y in range(3)))
print(sum(x for x in [2 ** 70, 1]), sum(x for x in [1, 2 ** 70, 1.0]))


class I(int):
    def __radd__(self, other):
        return "I.radd"


print(sum(x for x in [1.0, I(2)]), sum([1.0, I(2)]), sum([1, I(2)]))

g = (x * 2 for x in range(6))
print(next(g), next(g), sum(g), next(g, "end"))
g = (x for x in range(5))
print(g.send(None), sum(g))

# sum over lists and tuples
items = [1, 2, 3]


class Grow:
    def __radd__(self, other):
        items.append(100)
        return other


items.append(Grow())
print(sum(items), sum((1, 2.5, 3)), sum([]), sum(()), sum([True, True]), sum([0.1] * 10))

# errors inside the generator
for make in (lambda: (1 / x for x in [1, 0]), lambda: (next(iter([])) for x in [1]), lambda: (x for x in 5 if x)):
    try:
        print(sum(make()))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


class Thrower:
    def __radd__(self, other):
        return g.throw(KeyError("thrown"))


g = (x for x in [1, Thrower(), 3])
try:
    sum(g)
except KeyError as e:
    print("KeyError", e, next(g, "finished"))


def gen_fn():
    yield 1
    yield 2


print(sum(gen_fn()), sum(x for x in gen_fn()), sum(map(abs, [-1, -2])), sum(iter([1, 2.5])))
try:
    sum(x for x in ["a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
