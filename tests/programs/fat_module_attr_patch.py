# Functions calling module attributes (math.*, operator.*) while those are patched.
import math
import operator

def geometry():
    return math.sqrt(16), math.floor(2.7), math.pi > 3, math.gcd(12, 18)

def ops():
    return operator.add(2, 3), operator.mul(4, 5), operator.itemgetter(1)("xyz")

print(geometry(), ops())
print(geometry(), ops())
saved_sqrt = math.sqrt
math.sqrt = lambda v: "patched sqrt"
print(geometry())
math.sqrt = saved_sqrt
print(geometry())
saved_pi = math.pi
math.pi = 1
print(geometry())
math.pi = saved_pi
saved_add = operator.add
operator.add = operator.sub
print(ops())
operator.add = saved_add
print(ops())
real_math = math
class FakeMath:
    sqrt = staticmethod(lambda v: -1)
    floor = staticmethod(lambda v: -2)
    pi = 0
    gcd = staticmethod(lambda a, b: -3)
math = FakeMath()
print(geometry())
math = real_math
print(geometry())
del math
try:
    geometry()
except NameError as e:
    print(type(e).__name__, e)
import math as math
print(geometry())
