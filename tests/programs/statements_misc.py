x = 1
del x
try:
    x
except NameError as e:
    print(e)
a = [1, 2, 3, 4]
del a[1], a[-1]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
i = j = k = 0
i += 1
print(i, j, k)
a, b, *c = range(5)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
for idx, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(idx, m + n)
lst = [0, 0, 0]
lst[0], lst[1] = 5, 6
print(lst)
obj = O()
obj.x, obj.y = 1, 2
print(obj.x + obj.y)
counter = {"n": 0}
def bump():
    counter["n"] += 1
    return counter["n"]
vals = [bump() for _ in range(3)]
print(vals, counter)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 9
m[0][0] += 4
print(m)
if True:
    pass
elif False:
    pass
else:
    pass
while False:
    pass
n: int = 5
print(n, __annotations__)
def annotated(a: int, b: str = "x") -> bool:
    return True
print(annotated.__annotations__)
assert True
print(not None, None is None, None is not None, type(Ellipsis).__name__)
s = "a" "b" 'c'
print(s, """triple
quoted""", r"raw\n", b"\x00\xff", "\N{BULLET}" if False else "bullet")
print(0x1F, 0o17, 0b11, 1e3, 1_0.5, 3j, .5, 5.)
