xs = range(6)
print([x * 2 for x in xs if x % 2 == 0], {x: x ** 2 for x in xs if x > 2}, {x % 3 for x in xs})
print([(x, y) for x in range(3) for y in range(x, 3) if x != y])
print([[y * x for y in range(3)] for x in range(3)])
print(sum(x for x in range(100) if x % 7 == 0), list(x for x in "abc"), tuple(c.upper() for c in "hi"))
print(dict((k, v) for k, v in zip("abc", range(3))), sorted({c for c in "mississippi"}))
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda y: lambda: y)(x) for x in range(3)]
print([f() for f in funcs2])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row], [row[::-1] for row in matrix])
class K:
    base = 10
    items = [i for i in range(3)]
print(K.items)
x = "outer"
print([x for x in "ab"], x)
print([(a, b) for a, b in [(1, 2), (3, 4)]], [n for n in [3, 1, 2] if (doubled := n * 2) > 2], doubled)
gen = (i * i for i in range(4))
print(sum(gen), sum(gen))
print({k: [v for v in range(k)] for k in range(3)})
print(any(ch.isdigit() for ch in "abc1"), all(len(w) > 1 for w in ["ab", "c"]))
nested_gen = ((i, j) for i in range(2) for j in range(2))
print(list(nested_gen))
