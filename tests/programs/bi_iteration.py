# enumerate, zip, map, filter, reversed, iter, next, all, any, len.
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", "xy")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")), list(map(len, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 2, range(6))), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1,))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(all([]), all([1, 1]), all([1, 0]), any([]), any([0, "", 1]), any(iter([0, 0])), all("abc"), any(x > 5 for x in range(10)))
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(v) for v in [0, 3, 0, 4]), seen)
seen.clear()
print(all(track(v) for v in [1, 0, 5]), seen)
print(len("abc"), len([1]), len({}), len(range(5)), len(b"xy"), len({1, 2}), len((1,)), len(frozenset()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate("xy")
print(type(e).__name__, next(e), list(e))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, list(z), list(z))
f = filter(None, [1])
print(type(f).__name__, list(f))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(reversed([])).__name__)
gen = (i for i in range(3))
print(list(zip(gen, gen)))
a = iter(range(5))
print(list(zip(a, a)), list(a))
print(list(map(lambda *a: a, [1, 2], [3])))
print(sorted(map(lambda kv: kv[::-1], {"a": 2, "b": 1}.items())))
print(sum(1 for _ in filter(lambda c: c in "aeiou", "education")))
print(list(enumerate(zip("ab", range(2)))))
