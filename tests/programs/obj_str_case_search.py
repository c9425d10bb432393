# str methods: case, search, predicates.
s = "Hello, World! ǅungla straße ΣΑΣ"
print(s.upper())
print(s.lower())
print(s.casefold())
print(s.swapcase())
print("hello world foo-bar x1y".title(), "they're bill's".title(), "HELLO".capitalize(), "hELLO wORLD".capitalize())
print("abcabc".find("c"), "abcabc".find("c", 3), "abcabc".find("c", 3, 5), "abc".find(""), "abc".find("", 5), "abc".find("z"))
print("abcabc".rfind("c"), "abcabc".rfind("c", 0, 5), "abcabc".index("b"), "abcabc".rindex("b"))
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
print("aaaa".count("a"), "aaaa".count("aa"), "aaaa".count(""), "abcab".count("ab", 1), "".count(""))
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".startswith("l", 2), "hello".endswith("lo"), "hello".endswith(("a", "o")), "hello".endswith("l", 0, 3))
try:
    "x".startswith(["x"])
except TypeError as e:
    print(type(e).__name__, e)
tests = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "abc123", "", " ", "\t\n", "Title Case", "a_b", "_ok", "1abc", "def", "ÀÉ", "²", "x y"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print("\x07".isprintable(), "é".isascii(), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print("a" in "abc", "" in "abc", "abd" in "abc", "bc" not in "abc")
print("hello".removeprefix("he"), "hello".removeprefix("x"), "hello".removesuffix("lo"), "hello".removesuffix(""))
print("Mississippi".replace("ss", "SS"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "x".replace("x", ""))
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ǆ".title(), "σς".upper(), "ΑΣ".lower(), "ΑΣ Α".lower())
