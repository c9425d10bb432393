# math functions of one float called inside arithmetic, with the errors and patched functions of the generic call.
import math
x = 2
print(math.sqrt(x * 8), math.sqrt(2.0) * 3, math.cos(0) * 3, math.sin(1) + 1, 1 - math.cos(x), math.sqrt(True), math.exp(1) / 2)
for bad in (-1, "a", 10 ** 400):
    try:
        print(math.sqrt(bad) + 1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(math.exp(1000) * 2)
except OverflowError as e:
    print("OverflowError", e)
class F:
    def __float__(self):
        return 4.0
print(math.sqrt(F()) * 2, math.floor(2.5) + 1, math.pi * 2)
import math as m2
m2.sqrt = lambda v: "patched"
print(math.sqrt(4) + "!")
s = "abc"
print(s.upper() + "x", s.count("a") + 1, s.find("c") * 2.5)

# Every one-float function at the edges: domain and range errors, infinities and NaN (which passes through).
for fn in (math.sqrt, math.exp, math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh,
           math.cosh, math.tanh, math.fabs, math.log2, math.log10):
    row = []
    for v in (-1.0, -0.0, 0.0, 0.5, 2.0, 1000.0, math.inf, -math.inf, math.nan, 3):
        try:
            row.append(repr(fn(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(fn.__name__, row)
