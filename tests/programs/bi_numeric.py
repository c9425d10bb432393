# abs, divmod, pow, round, sum, min, max, bin, oct, hex, int/float/complex conversions.
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 20))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 8), pow(2, 8, 7), pow(2.0, 3), pow(4, 0.5), pow(-1, 0.5) == 1j, pow(10, -2), pow(0, 0))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9), round(5.5), round(6.5), round(1.25, 1), round(1.35, 1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100), sum([]), sum([1.5, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"), max([1, 5], key=lambda v: -v), min((1, "b"), (1, "a")))
print(max([2, 3, 3.0], key=float), min([3, 3.0]), max([3.0, 3]), max(iter([7, 8])), min("b", "a", key=str.upper))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, "a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bin(10), bin(-10), bin(0), oct(64), oct(-8), hex(255), hex(-255), hex(0), hex(10 ** 20))
for bad in (lambda: bin(1.5), lambda: hex("a"), lambda: oct(None)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(int("12"), int(12.9), int("-0b11", 0), float("3.5"), float(2), complex(1, -1), bool(0.0), bool(-1))
print(10 / 4, 10 // 4, -10 // 4, 10 % 4, -10 % 4, 10 % -4, 2 ** -1, (-2) ** 2, -2 ** 2, 7.0 // 2, 7 % 2.5)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2, -3 ** 2, not 1 + 1, 1 < 2 == 2, 5 & 3 | 4 ^ 1, 1 << 2 + 1)
print(True + 1, True * 2.5, False - 1, True / 2, True // True, -True, ~True, ~False)
print(int.__mro__, float(int(3.7)), int(float("1e5")), round(1e-10, 12), round(123.456, 0), round(-0.4))
print(sum(i * i for i in range(1000)), sum([10 ** 18] * 10), sum([1e308, 1e308]), sum([-0.0]), sum([], 0.0))
