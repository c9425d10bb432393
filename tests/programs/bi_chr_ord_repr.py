# chr, ord, ascii, repr, str, format on various objects.
print(chr(65), chr(97), chr(0x3b1), chr(0x1F600), chr(0) == "\x00", repr(chr(10)), ord("A"), ord("é"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ascii("abc"), ascii("é"), ascii("😀"), ascii(["ü", 1]), ascii("\n"), ascii(b"\xff"), ascii("\u200b"))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\t\r\n\x1b"), repr("\x7f"), repr("é"), repr("\u0378"), repr("\ud800"))
print(repr(1), repr(1.0), repr(True), repr(None), repr(...), repr(NotImplemented), repr([1, "a"]), repr({"k": (1,)}))
print(str(1.0), str("s"), str(b"b"), str(None), str([None]), str(Ellipsis))
print(repr(int), repr(str), repr(len), repr(ValueError), repr(ValueError("m")), repr(ValueError("a", 1)))
print(format(3.5), format(42, "05d"), format("s", "^5"), format(0.5, "%"), format(255, "x"), format(True), format(None), format([1]))
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(list(map(ord, "Az09 ")), sum(map(ord, "abc")))
print(repr("\\"), repr("\\n"), len("\\n"), r"\d+", len(r"\d"))
print(repr(b"\x00abc\x80"), repr(bytearray(b"q")), repr(memoryview(b"")).startswith("<memory at"))
print(repr(range(3)), repr(slice(1, 2)), repr(frozenset({1})), repr(set()), repr({}), repr(()), repr((1,)), repr([]))
print(repr(float("inf")), repr(-float("inf")), repr(float("nan")), repr(1e-5), repr(123e10), repr(0.1 + 0.2), repr(1 / 7))
print(str(3 + 0j), repr(complex(0, -1)), repr(-0.0), repr(2 ** 0.5))
class E:
    pass
print(repr(E).startswith("<class '__main__.E'>"), repr(E()).startswith("<__main__.E object at 0x"))
print(repr(print), repr(abs), repr(str.upper), repr([].append).startswith("<built-in method append of list object at"))
