# Results that CPython shares with an operand (identity is observable with `is`), and strs with
# characters outside the BMP, whose code point offsets are built on demand.
s = "word"
print((s + "") is s, ("" + s) is s, (s + "x") is s, s + "" == s)
e = ""
print((e + e) is e, (e + s) is s)


class S(str):
    pass


t = S("sub")
print(type(t + ""), type("" + t), (t + "") is t, t + "" == "sub")

a = "x\U0001F600y\U0001F601z"
print(len(a), a[1], a[3], a[-1], a[1:4], a[::-1], a[::2])
print(a.find("y"), a.index("z"), a.rfind("\U0001F601"), a.count("\U0001F600"))
print(list(a), [ord(c) for c in a])
print(a.upper(), a.split("y"), a.startswith("x\U0001F600"), a.endswith("z"))
d = {a: 1, "x": 2}
print(d[a[0:5]], d["x"], hash(a) == hash(a[:]))
for c in a:
    print(c, len(c), end=" | ")
print()
b = "\U0001F600" * 3 + "abc"
print(len(b), b[3:], b.index("b"), b[-3:], b.partition("a"))
