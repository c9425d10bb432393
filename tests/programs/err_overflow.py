# OverflowError messages, ending with an uncaught one from float conversion.
for f in (lambda: 2.0 ** 2000, lambda: float(10 ** 400), lambda: int(float("inf")), lambda: (10 ** 400) / 3, lambda: round(float("inf")),
          lambda: (1).to_bytes(0, "big"), lambda: [0] * (2 ** 62) if False else chr(2 ** 40)):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print("last")
x = 1e308
x = x * 10
print(x)
print(math.pow(10.0, 400.0))
