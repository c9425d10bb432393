# Comprehensions and generator expressions: forms, scopes, laziness.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(10)})
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
g = (x * x for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((y, x) for x, y in {"a": 3, "b": 1}.items()))

x = "global x"
res = [x for x in range(3)]
print(res, x)

def scope():
    y = 10
    return [y + i for i in range(3)], (lambda: [y * j for j in range(2)])()
print(scope())

class C:
    factor = 3
    vals = [factor * i for i in range(1)] if False else None
    try:
        bad = [factor * i for i in range(3)]
    except NameError as e:
        err = str(e)
    first = [i for i in range(factor)]
print(C.err, C.first)

calls = []
def src():
    calls.append("src")
    return range(3)
gen = (v for v in src())
print(calls)
print(list(gen))

try:
    gen2 = (1 / v for v in [1, 0])
    print(next(gen2))
    next(gen2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    (v for v in 5)
except TypeError as e:
    print(type(e).__name__, e)

matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([n for row in matrix for n in row if n % 2])
print([(lambda v=v: v)() for v in range(3)])
fs = [lambda: v for v in range(3)]
print([f() for f in fs])

print([y := v * 2 for v in range(3)], y)
total = 0
print([total := total + v for v in range(5)], total)
print({c: i for i, c in enumerate("hello")})
print([i for i in range(3)] == list(i for i in range(3)))
print(list(zip(*(iter(range(6)),) * 2)))
nested_gen = ((i, j) for i in range(2) for j in (x for x in range(i + 2)))
print(list(nested_gen))
print(any(v > 3 for v in range(5)), all(v < 3 for v in range(5)))
print([*(c for c in "ab"), *[1, 2]])
print({**{k: 0 for k in "ab"}, "c": 1})
print(sorted({frozenset({i, i + 1}) for i in range(3)}, key=sorted))
it = iter(range(10))
print([v for v in it if v < 5], list(it))
print([[c for c in w] for w in ("ab", "c")])
print([i for i in range(3) for i in range(i)])
print([str(e) for e in (ValueError("a"), KeyError("b"))])
