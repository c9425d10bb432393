# Call arguments that monkeypatch a builtin, a global or a callee's __code__ before the call: the called
# function must see the change (guards are checked after the arguments are evaluated), in hot loops too.
import builtins

real_len = builtins.len


def size():
    return len("abcd")


def patch_len(value):
    builtins.len = lambda s: value
    return value


def restore_len():
    builtins.len = real_len
    return 0


def take(a, b=None):
    return len("xy"), a


print(size(), take(1))
print(take(patch_len(100)), size())
print(take(restore_len()), size())
for i in range(4):
    print(i, take(patch_len(i) if i % 2 else restore_len()))
restore_len()

FACTOR = 2


def scaled(x):
    return x * FACTOR


def double(x):
    return x * 2


def uses_double(x):
    return double(x) + 1


def set_factor(v):
    global FACTOR
    FACTOR = v
    return v


print(scaled(3), scaled(set_factor(5)), scaled(3))


def quad(x):
    return x * 4


def uses_quad(x):
    return quad(x) + 1


def triple(x):
    return x * 3


def swap_code(x):
    quad.__code__ = triple.__code__
    return x


def rebind_quad(x):
    globals()["quad"] = lambda v: v - 1000
    return x


print(uses_quad(4), uses_quad(swap_code(4)), uses_quad(4))
print(uses_quad(rebind_quad(4)), uses_quad(4))


def redefine(x):
    global double
    double = lambda v: v - 100
    return x


print(uses_double(redefine(4)), uses_double(4))


def three_args(a, b, c):
    return len("abc") + a + b + c


print(three_args(1, 2, 3), three_args(patch_len(10), 0, 0), three_args(1, 2, restore_len()))


def keyword_call(a, b=0):
    return len("ab") + a + b


print(keyword_call(1), keyword_call(1, b=patch_len(7)), keyword_call(restore_len()))
