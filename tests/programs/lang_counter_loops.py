# Counting loops over range() calls and augmented assignments of machine ints: every
# operator, the edges where the result leaves 64 bits, and the errors range() raises.
import sys


def aug_ops(x, y):
    out = []
    for op in ["+", "-", "*", "//", "%", "&", "|", "^", ">>", "<<"]:
        a = x
        try:
            if op == "+": a += y
            elif op == "-": a -= y
            elif op == "*": a *= y
            elif op == "//": a //= y
            elif op == "%": a %= y
            elif op == "&": a &= y
            elif op == "|": a |= y
            elif op == "^": a ^= y
            elif op == ">>": a >>= y
            else: a <<= y
            out.append(a)
        except (ZeroDivisionError, ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for x, y in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7, 0), (-(2 ** 63), -1),
             (2 ** 62, 4), (3, 63), (1, 64), (-1, 70), (5, -1), (2 ** 63 - 1, 1), (-(2 ** 63), 1)]:
    print(x, y, aug_ops(x, y))


def accumulate(n):
    s = 1
    for i in range(n):
        s *= 3
        s //= 2
        s ^= i
        s %= 1000003
    return s


print(accumulate(1000))


def growing():
    s = 1
    for i in range(100):
        s *= 7
    return s


print(growing())


def bounds(*args):
    seen = []
    for i in range(*args):
        seen.append(i)
    return seen


def loops(a, b, c):
    out = []
    for i in range(a):
        out.append(i)
    for i in range(a, b):
        out.append(i)
    for i in range(b, a, -1):
        out.append(i)
    for i in range(a, b * 3, c):
        out.append(i)
    for i in range(len(out) - 40, len(out) // 2 + 1, -c):
        out.append(i)
    return out


print(loops(3, 7, 2))
print(bounds(2 ** 63 - 3, 2 ** 63 - 1))
print(bounds(2 ** 63 - 3, 2 ** 63 + 1))
print(bounds(0, 2 ** 63 - 1, 2 ** 62 + 2 ** 61))
print(bounds(-(2 ** 63), -(2 ** 63) + 10, 4))
print(bounds(2 ** 63 - 1, -(2 ** 63), -(2 ** 63)))


def big_loop():
    total = 0
    for i in range(2 ** 64, 2 ** 64 + 3):
        total += i
    return total


print(big_loop())


def errors():
    for args in [(1.5,), ("3",), (0, 10, 0), (None,)]:
        try:
            for i in range(*args):
                print("never", i)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        for i in range(2.0):
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        for i in range(0, 5, 0):
            pass
    except ValueError as e:
        print("ValueError", e)


errors()


class Sized:
    def __len__(self):
        return 4

    def __index__(self):
        return 3


def with_index():
    out = []
    for i in range(Sized()):
        out.append(i)
    for i in range(len(Sized())):
        out.append(i * 10)
    for i in range(True, 3):
        out.append(-i)
    return out


print(with_index())


def shadowed():
    range = lambda n: ["a", "b", n]
    out = []
    for i in range(3):
        out.append(i)
    return out


print(shadowed())


def global_shadow():
    out = []
    for i in range(2):
        out.append(i)
    return out


import builtins
saved = builtins.range
builtins.range = lambda *a: [tuple(a)]
print(global_shadow())
builtins.range = saved
print(global_shadow())


def break_else(n):
    for i in range(n):
        if i == 3:
            break
    else:
        return "no break", i
    return "break", i


print(break_else(10), break_else(2))


def direct(a, b, c):
    seen = []
    for i in range(a, b, c):
        seen.append(i)
    return seen


print(direct(0, 2 ** 63 - 1, 2 ** 62 + 2 ** 61), direct(2 ** 63 - 1, -(2 ** 63), -(2 ** 63)))
print(direct(2 ** 63 - 3, 2 ** 63 + 1, 1), direct(5, 0, -2), direct(0, 5, -1))
try:
    direct(0, 5, 0)
except ValueError as e:
    print("ValueError", e)
