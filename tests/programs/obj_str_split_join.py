# str methods: split/join/strip/partition/justify/expand/translate/encode.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  c ".split(), " a b ".split(" "), "".split(), "".split(","))
print("a b c d".split(None, 2), "a,b,c".rsplit(",", 1), "  x  y  ".rsplit(None, 1), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"), "\t\n x \x0c".strip())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abcdef".center(2)))
try:
    "ab".center(5, "**")
except TypeError as e:
    print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)), repr("\t".expandtabs(0)))
table = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "é".encode("utf-16-le"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print("abc" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "b", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:])
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(len("héllo"), len("😀"), "😀".encode("utf-8"), ord("😀"), chr(128512), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9", "\x41", "\101")
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\n\t\\"), repr("\x00\x7f\x80"), repr("é😀"), repr("\u200b"))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(), str(5), str([1]))
print("abc" < "abd", "abc" < "ab", "B" < "a", max("hello"), min("hello"), sorted("hello"), "x".join(sorted({"b", "a"})))
print(" ".join("a  b".split(" ")), "a b".split(maxsplit=0), "a,b".split(sep=",", maxsplit=-1))
print("%s|%s" % ("a\tb".expandtabs(2), "CamelCaseString".swapcase()))
print("{}".format("x").join("ab"), "ab".__add__("c"), "ab".__mul__(2), "b".__rmul__(3), "abc".__contains__("b"))
print(list("abc"), tuple("ab"), set("aa"), "".join(reversed("abc")), "a-b_c d".replace("-", " ").replace("_", " ").split())
