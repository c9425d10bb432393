# Builtin type constructors: int, float, str, bool, list, tuple, dict, set, frozenset, bytes, complex.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(int("  -12  "), int(b"42"), int(bytearray(b"7")), int("١٢"), float(b"1.5"), float(" -inf "), str(b"x", "ascii"))
print(bool(0), bool(2), bool(""), bool("0"), bool([]), bool([[]]), bool(None))
print(list("ab"), list({"k": 1}.items()), tuple([1]), tuple({1: 2}), dict([("a", 1)], b=2), dict(zip(range(2), "xy")))
print(set("aab") == {"a", "b"}, sorted(frozenset("cab")), bytes([1, 2]), bytes("hi", "utf-8"), bytearray(2))
print(str(123), str(1.5), str([1, "2"]), str((None,)), str({1}), str(b"b"), str(str), str(1e100))
print(repr(str("x")), str(object)[:8], str(Exception("msg")), str(KeyError("k")), str(ValueError()))
for bad in (lambda: int("1e3"), lambda: float("1,5"), lambda: dict(a=1, **{"a": 2}), lambda: list(1), lambda: tuple(None),
            lambda: set([[1]]), lambda: str(b"\xff", "utf-8"), lambda: bytes(-1), lambda: complex("x"), lambda: int("0b2", 0)):
    try:
        bad()
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
class WithIndex:
    def __index__(self):
        return 3
class WithInt:
    def __int__(self):
        return 4
class WithFloat:
    def __float__(self):
        return 2.5
print(int(WithIndex()), int(WithInt()), float(WithFloat()), float(WithIndex()), bytes(WithIndex()), list(range(WithIndex())))
print(type(int("5")) is int, type(float(5)) is float, int(-0.9), int(0.9), float(-0.0), str(-0.0))
print(list(map(int, "123")), list(map(float, ["1", "2.5"])), tuple(map(str, range(3))))
print(dict.fromkeys(range(3), "v"), dict(dict(a=1)), list(list([1])), set(set([1])) == {1})
