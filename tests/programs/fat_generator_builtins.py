# Generators and coroutines calling builtins while builtins change between resumptions.
import builtins

def gen():
    for i in range(3):
        yield len("abcd") + i

def gen_chr():
    yield chr(65)
    yield chr(66)
    yield chr(67)

g = gen()
print(next(g))
saved = builtins.len
builtins.len = lambda s: 100
print(next(g))
builtins.len = saved
print(next(g), list(gen()))

c = gen_chr()
print(next(c))
chr = lambda n: "shadow %d" % n
print(next(c))
del chr
print(next(c), list(gen_chr()))

def gen_expr_len():
    return list(len(s) for s in ("a", "bb", "ccc"))
print(gen_expr_len())
builtins.len = lambda s: -1
print(gen_expr_len())
builtins.len = saved
print(gen_expr_len())

def sender():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += abs(v)
s = sender()
next(s)
print(s.send(-5))
builtins.abs = lambda v: 1000
print(s.send(-5))
del builtins.abs
try:
    s.send(-5)
except NameError as e:
    print(type(e).__name__, e)
import math
builtins.abs = math.fabs
s2 = sender()
next(s2)
print(s2.send(-2), type(s2.send(-3)).__name__)
builtins.abs = saved.__self__.abs
s3 = sender()
next(s3)
print(s3.send(-2), s3.send(3))
