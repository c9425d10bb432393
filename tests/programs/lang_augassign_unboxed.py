# Augmented assignment to attributes and list items with float/int right sides computed unboxed, and float
# operators (**, %, //) inside arithmetic: results, conversions and the errors of the generic path.
import math


class V:
    def __init__(self):
        self.f = 1.5
        self.i = 7
        self.b = True


v = V()
k = 3
x = 2.5
v.f += k; print(v.f)
v.f -= x * 2; print(v.f)
v.f *= k + 1; print(v.f)
v.f /= k; print(v.f)
v.f /= x - 0.5; print(v.f)
v.i += k * 2; print(v.i)
v.i -= 100; print(v.i)
v.i *= k; print(v.i)
v.i /= 4; print(v.i, type(v.i).__name__)
v.i = 5
v.i += x * 2; print(v.i)
v.i = 9
v.i //= k - 1; print(v.i)
v.i %= k + 1; print(v.i)
v.b += k; print(v.b, type(v.b).__name__)
v.b = True
v.b *= x; print(v.b)
v.i = 2 ** 62
v.i += 2 ** 62; print(v.i)
v.i = -(2 ** 62)
v.i -= 2 ** 62 + k; print(v.i)
v.i = 3 ** 39
v.i *= 3 ** 3; print(v.i)
v.i = 2 ** 60 + 1
v.i += 0.0; print(v.i)
for bad in ("v.f /= k - 3", "v.f /= x - x", "v.i = 4; v.i /= k - 3", "v.s = 'a'; v.s -= k * 1"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)


# float subclasses and int subclasses keep their dunders.
class F(float):
    def __iadd__(self, other):
        return "F.__iadd__"

    def __add__(self, other):
        return "F.__add__"


class I(int):
    def __sub__(self, other):
        return "I.__sub__"


v.f = F(1.0)
v.f += x * 2; print(v.f)
v.f = F(2.0)
v.f -= x * 2; print(v.f, type(v.f).__name__)
v.i = I(3)
v.i -= k * 2; print(v.i)
v.i = I(3)
v.i += k * 2; print(v.i, type(v.i).__name__)


# The right side changes the class: the store goes through the new class's descriptor.
class W:
    def __init__(self):
        self.a = 1.0


class Guarded:
    def __set__(self, obj, value):
        print("Guarded.__set__", value)

    def __get__(self, obj, owner):
        return 0.0


def change_class():
    W.a = Guarded()
    return 1.0


w = W()
w.a += change_class(); print(vars(w))

# List items: floats and ints, negative indexes, a right side that resizes the list.
vals = [1.0, 2, 3.5, True]
vals[0] += k; vals[1] *= x; vals[2] -= k; vals[-1] += k
print(vals)
vals[0] /= k; vals[1] /= 2; vals[-2] *= k * 1.5
print(vals)
vals2 = [1.0, 2.0, 3.0]


def shrink():
    vals2.pop()
    return 1.5


vals2[-1] += shrink(); print(vals2)
vals3 = [1.0, 2.0]


def empty():
    vals3.clear()
    return 1.0


try:
    vals3[1] += empty()
except IndexError as e:
    print("IndexError", e)
print(vals3)
nums = [2 ** 63 - 1, -2 ** 63]
nums[0] += k; nums[1] -= k; print(nums)
try:
    vals[0] /= x - x
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Float operators inside arithmetic.
y = 2.0
n = 3
print(y ** 0.5 * 2, n ** 0.5 + 1, y ** n - 1, 2 ** -1.0 + 0, (y * 4) ** 2 + 0.5)
print(-y ** 0.5, (0.0 + 0) ** 2.0 + 1, (-8.0 + 0) ** (1 / 3) if False else 0)
print(7.5 % n + 0, -7.5 % n * 1, 7 % -2.5 + 0, 7.5 // n + 0, -7.5 // n * 1, n // 0.7 + 0, (x - 5) % 2.0 + 0)
print(math.inf ** -1 + 0, (y * 1e200) ** 0.5 * 1, 1e-300 ** 2 + 0, y ** math.inf * 0 if False else 1)
for bad in ("(y - 2) ** -1.0 + 1", "(y * 1e200) ** 2 + 1", "(y - 4) ** 0.5 + 1", "y % (n - 3) + 1",
            "y // (n - 3.0) + 1", "(-y) ** 0.5 * 1"):
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)

# Computed, bool and wrong-typed indexes; non-list targets.
idx = [1.0, 2, 3.0]
idx[True] += 0.5; idx[k - 3] *= k; idx[-k + 2] -= 1
print(idx)
d = {"a": 1.5, 2: 3}
d["a"] += k; d[k - 1] *= 2.0
print(d)
for bad in ("idx[1.0] += 1", "idx[k] += 1", "idx['x'] -= 1", "(1.0, 2.0)[0] += 1" if False else "t = (1.0, 2.0); t[0] += 1"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
