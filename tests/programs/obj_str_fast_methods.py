# str.split/strip/join variants and their results (values and identity where CPython guarantees it).
s = "  alpha beta\tgamma\n delta  "
print(s.split(), s.split(None), s.split(" "), s.split(None, 1), s.split(maxsplit=2))
print("".split(), "   ".split(), "one".split(), "a\u2003b\x1cc".split())
w = "word"
print(w.split()[0] is w, w.strip() is w, w.strip("xyz") is w, w.lstrip() is w, w.rstrip("d"))
print("..,a,b;!".strip(",.;!"), "..a..".lstrip("."), "..a..".rstrip("."), "xxx".strip("x") == "", "  x ".strip(None))
print(" \t x \n".strip(), " \t x \n".lstrip(), " \t x \n".rstrip())
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError", e)
try:
    "x".split(1)
except TypeError as e:
    print("TypeError", e)
try:
    "x".split("")
except ValueError as e:
    print("ValueError", e)


class MyStr(str):
    pass


m = MyStr("abc")
print(type(m.strip()).__name__, type(m.split()[0]).__name__, type("".join([m])).__name__)
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join([]), "+".join(["solo"]), "".join("abc"))
solo = "solo"
print("+".join([solo]) is solo)
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join(("a", "b", None))
except TypeError as e:
    print("TypeError", e)
print("-".join(x for x in ["p", "q"]), "|".join({"k": 1, "j": 2}))
print("\u00e9".join(["\U0001F600", "b"]), len("x".join(["\U0001F600"] * 3)))
print("ABC Def".lower(), "\u0130".lower(), "\u03a3\u03a3".lower())
