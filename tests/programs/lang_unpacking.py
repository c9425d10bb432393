# Unpacking: nested, starred, for-loops, swaps, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
x, *y = [1]
print(x, y)
[p, q], [r, *s] = "pq", "rst"
print(p, q, r, s)
for i, (ch, n) in enumerate(zip("xy", [10, 20])):
    print(i, ch, n)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
pairs = {"a": 1, "b": 2}
for key, value in pairs.items():
    print(key, value)
print([*range(3), *"ab", *{1: 0}])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{"a": 1}, **{"a": 2, "b": 3}})
def ret():
    return 1, [2, 3]
one, [two, three] = ret()
print(one, two, three)
lst = [0, 0, 0]
lst[0], lst[1:] = "a", "bc"
print(lst)
class O: pass
o = O()
o.x, o.y = 7, 8
print(o.x, o.y)
dct = {}
dct["a"], dct["b"] = dct["c"], dct["d"] = 1, 2
print(sorted(dct.items()))
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
for bad in ([1, 2, 3], [1], 5):
    try:
        u, v = bad
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    m, n, *o2 = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a1, a2 = {"only": 1}
except ValueError as ex:
    print(type(ex).__name__, ex)
g1, g2 = (v * 2 for v in range(2))
print(g1, g2)
(n1, n2), = [(5, 6)]
print(n1, n2)
[single] = ["s"]
print(single)
a = b = c = [1]
print(a is b is c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
t = 1,
print(t, type(t).__name__)
*everything, = range(3)
print(everything)
print(*[1, 2], sep="|")
def f(*args):
    return args
print(f(*"ab", *[1], *(2,)))
nested = [(1, (2, (3, 4)))]
for a, (b, (c, d)) in nested:
    print(a + b + c + d)
try:
    a, b = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
