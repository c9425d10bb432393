# Float formatting and arithmetic.
vals = [0.1, 1.0, -0.0, 1e16, 1e-5, 123456789.123, 2.5e-10, 1/3, 2/3, 10.0 ** 20, 1e300 * 10]
for v in vals:
    print(v, repr(v), str(v))
print(0.1 + 0.2, 1.1 * 3, 7.0 // 2, -7.0 // 2, 7.0 % -3, -7.5 % 2)
print(round(2.675, 2), round(0.125, 2), round(1.5), round(-1.5), round(3.14159, 3))
print(float("1.5"), float("-inf"), float("nan") != float("nan"), float(" 3 "))
print(int(1e20), 3 * 1.5, 2 ** 0.5, 4 ** 0.5, (-8) ** (1/3) if False else 0)
print(1.0 == 1, 1.5 > 1, 2 < 2.5, hash(1.0) == hash(1), 0.1 * 3 == 0.3)
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.1).hex())
print(divmod(7.5, 2), abs(-3.25), max(1.5, 2, 0.5), min(3, 2.25))
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e)
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(20), math.log(math.e), math.log(8, 2))
