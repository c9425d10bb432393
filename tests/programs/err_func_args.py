# Argument binding error messages.
def show(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(type(e).__name__, e)

def f(x):
    return x

def g(a, b):
    return a + b

def h(a, b, c=1, *, d, e=2):
    return a

def p(a, b, /, c):
    return c

def v(*args):
    return args

def kw(**kw):
    return kw

show(f)
show(g)
show(g, 1)
show(f, 1, 2)
show(g, 1, 2, 3)
show(h, 1, 2, 3, 4, d=1)
show(h, 1)
show(h, 1, 2)
show(h, 1, 2, d=1, z=2)
show(f, 1, x=2)
show(g, 1, a=2)
show(p, 1, 2)
show(p, a=1, b=2, c=3)
show(p, 1, b=2, c=3)
show(f, y=1)
show(v, a=1)
show(kw, 1)
show(h, b=2, d=1)
show(h, 1, 2, c=3)
show(h, 1, 2, c=3, e=4)

def noargs():
    pass

show(noargs, 1)
show(noargs, x=1)

def opt(a, b=2):
    return a

show(opt)
show(opt, 1, 2, 3)
show(opt, 1, 2, 3, 4)

def kwonly_many(*, a, b, c):
    pass

show(kwonly_many)
show(kwonly_many, a=1)
show(kwonly_many, 1)

def three(a, b, c):
    pass

show(three)
show(three, 1)

class K:
    def m(self, x):
        return x

show(K().m)
show(K().m, 1, 2)
show(K.m)
show(lambda: 0, 1)
show(lambda x, y: 0, 1)
show(g, 1, 2, **{"a": 3})
show(f, **{"x": 1, "y": 2})
show(f, *[1], **{"x": 2})
show(g, *(1,), 1, a=1)
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    v(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
show(f, 1, **{"x": 2})
print("now uncaught")
g(1, 2, 3, 4)
