# int: big ints, floor division/modulo signs, pow, bit ops, parsing, bytes conversion.
print(2 ** 100, -(2 ** 100), 10 ** 30 + 1, 2 ** 64 - 1)
print(123456789 * 987654321 * 123456789, (2 ** 127 - 1) % 1000007)
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)):
    print(a, b, a // b, a % b, divmod(a, b))
print(10 ** 20 // 3, -(10 ** 20) // 3, (10 ** 20) % -7, divmod(-(10 ** 25), 10 ** 12 + 7))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(3, 4, 5), pow(2, 100, 10 ** 9 + 7), pow(3, -1, 7), pow(-3, 2, 5), pow(5, 0, 1))
print(0 ** 0, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", 10 ** -2)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, 1 << 70, (1 << 70) >> 68, -16 >> 2, -1 >> 10, -17 & 0xff)
print(-5 & -3, -5 | 3, -5 ^ 3, (2 ** 80) & (2 ** 80 - 1), (2 ** 80) | 1, ~(2 ** 80))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), (255).bit_count() if hasattr(1, "bit_count") else 8)
print(int("42"), int("-42"), int("  7  "), int("1_000"), int("0b101", 0), int("0o17", 0), int("0xff", 0), int("ff", 16), int("z", 36), int("101", 2), int("-0x10", 16))
print(int(3.99), int(-3.99), int(True), int("0", 0), int("00", 0), int(1e20), int("+5"))
for bad in (("12a",), ("",), ("1.5",), ("0x1g", 16), ("08", 0), ("5", 1), ("5", 37), ("1__0",), ("_1",)):
    try:
        int(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((2 ** 70).to_bytes(10, "big"), int.from_bytes(bytes(range(1, 12)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(abs(-10 ** 30), -(-5), +(-5), hash(-1), hash(10 ** 20) == hash(10 ** 20), hash(2 ** 61 - 1), hash(2 ** 61))
print(1 / 3, 10 / 5, 2 ** 62 / 2, 7 // 2.0, -7 // 2.0, 7 % -2.5, 10 ** 400 // 10 ** 398)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, type(10 ** 100).__name__, isinstance(True, int), True + True, 3 * True)
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(5, 0))
print(str(10 ** 50), repr(-10 ** 20), 0xFF, 0o777, 0b1010, 1_000_000)
print(max(2 ** 64, 2 ** 63), min(-2 ** 64, 5), sum(range(10 ** 6)), 12 == 12.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print((7).__floordiv__(2), (7).__rsub__(10), (3).__pow__(2), int.__add__(1, 2))
