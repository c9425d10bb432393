# float: repr, rounding, formatting, inf/nan, divmod, is_integer, as_integer_ratio, hex.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-7, 1.5e-5, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 2.5]
for v in vals:
    print(repr(v), str(v))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, -1), round(-123.456, 1))
print(round(1e300, 2), round(2.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, inf == inf)
print(float("Infinity"), float("-iNF"), float("nan"), float("  1.5  "), float("1e3"), float("-.5"), float("1_0.5"), float(7))
for bad in ("abc", "", "1.2.3", "1e", "0x10", "1__0"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 % 2, 7.5 % -2, 5.0 % 0.5, -0.0 % 1.0)
print(math_ok := (3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (8.0).as_integer_ratio())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), inf.hex(), (5e-324).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("0x1p-2"), float.fromhex("-0x10"), float.fromhex("inf"))
print(1.0 / 3 * 3 == 1.0, 0.1 * 3, 0.1 * 3 == 0.3, abs(-2.5), -(-0.0), 2 ** 0.5, 10 ** -1, 4 ** 0.5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(type(e).__name__, e)
print((-8.0) ** (1 / 3) == complex, type((-8.0) ** 0.5).__name__)
print(1e308 * 10, -1e308 * 10, 0.0 * -1, float(10 ** 20), float(2 ** 63), int(1e18))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf))
print(1.5 < 2, 2.0 == 2, 1e400 == inf, 0.1 + 0.7, 3.0 * 1.1, 1.1 + 2.2, 100 * 1.1)
print(float.__name__, (2.5).real, (2.5).imag, (2.5).conjugate(), float(), float(True), float("  -0  "))
print(sum([0.1] * 10), 1 - 0.9, 1e22, 1e21, 1e-4, 1e-5, 0.000123456, 123456.789e3)
print(3.0 // 2, 3 / 2.0, -3.0 // 2, 1e16 + 1, 9007199254740993.0)
print(max(1.0, 1), min(0.0, -0.0), max(-0.0, 0.0), sorted([2.5, -1.0, 0.0, 1e-9]))
print(round(0.1 + 0.2, 15), round(-2.5), round(7.45, 1), round(1234.5), round(nan, 2) if False else "n/a")
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
