# *args, **kwargs, keyword-only and positional-only parameters.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{"y": 6}, **{"z": 7}))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d

print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))

def kw_collect(a, /, **kw):
    return a, kw

print(kw_collect(1, a=2))

def mix(a, b=2, /, c=3, *rest, d, e=5, **kw):
    return a, b, c, rest, d, e, sorted(kw.items())

print(mix(1, d=4))
print(mix(1, 9, 8, 7, 6, d=0, e=1, z=2))
print(mix(*range(5), **{"d": "D", "q": "Q"}))

def only_kw(*, key, value=None):
    return key, value

print(only_kw(key=1))
print(only_kw(value=2, key=3))

def star(first, *rest):
    return first, rest

print(star(1))
print(star(*"abc"))
print(star(*[[1]], *[[2]]))

def unpack_dict(**kw):
    return list(kw)

print(unpack_dict(b=1, a=2, c=3))
print(unpack_dict(**{"z": 1}, y=2, **dict(x=3)))

args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(pos_only(*args, **kwargs))

print(f.__code__.co_argcount, mix.__code__.co_argcount, mix.__code__.co_posonlyargcount, mix.__code__.co_kwonlyargcount)
print(mix.__code__.co_varnames[:7])

def apply(fn, *a, **k):
    return fn(*a, **k)

print(apply(max, 3, 9, 2))
print(apply(sorted, [3, 1, 2], reverse=True))
print(apply(dict, a=1))
print(apply(print, "x", "y", sep="-"))

def default_star(a, *args, b=10):
    return a, args, b

print(default_star(1, 2, 3))
print(default_star(1, b=20))
gen = (i for i in range(3))
print(star(*gen))
print(f(*{3: 'a', 1: 'b'}))
