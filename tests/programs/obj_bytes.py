# bytes and bytearray: construction, common methods, mutation, errors.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]), b"l" in b, 108 in b, b"xyz" in b)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"copy"), bytes())
for bad in (lambda: bytes([256]), lambda: bytes("s"), lambda: bytes(-1), lambda: bytes([1.5]), lambda: b"a" + "b", lambda: b"ab"[5]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b"  pad  ".strip(), b"xxaxx".strip(b"x"), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b"ab".center(6, b"*"))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(":"), b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"), b"\xffa".decode("ascii", "ignore"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle())
print(repr(b"\n\t\\'\""), repr(b"\x00\x7f\x80\xff"), repr(b"it's"), repr(b'"'), str(b"x"))
print(b"ab" * 3, b"a" + b"b", b"ab" < b"b", b"abc" == b"abc", b"abc" == "abc", hash(b"abc") == hash(b"abc"))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("?"))
print(ba, ba.find(b"l"), ba.upper(), bytes(ba), ba.decode())
ba[1:3] = b"EEE"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.count(b"E"))
ba.clear()
print(ba, bytearray(3), bytearray(range(3)), bytearray("ab", "ascii"))
for bad in (lambda: bytearray(b"a").__setitem__(0, 300), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5), lambda: __import__("operator").setitem(b"a", 0, 1)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b"a b c".split(b" ", 1), b"a\nb\r\nc".splitlines(), b"abc".ljust(5, b"."), b"5".zfill(3), b"a\tb".expandtabs(4))
print(b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(list(bytearray(b"xy")), [x for x in b"AB"], b"%d-%s" % (1, b"x"), bytes(memoryview(b"mv")), memoryview(b"abc")[1])
print(b"abc"[1], b"abc"[1:2], type(b"abc"[1]).__name__, bytearray(b"abc")[0:2], b"".join([bytearray(b"a"), b"b"]))
print(int.from_bytes(b"\x01\x00", "little"), b"x".fromhex("41"), bytes.fromhex(""), b"AbC".lower(), b"abc".rjust(5))
print(bytearray(b"abc") == b"abc", b"abc" + bytearray(b"d"), bytearray(b"a") + b"b", type(bytearray(b"a") + b"b").__name__)
print(b"a,b,c".rsplit(b",", 1), b"  x  ".lstrip(), b"  x  ".rstrip(), b"abc".rindex(b"c"), b"aXbXc".split(b"X", maxsplit=1))
