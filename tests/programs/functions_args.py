def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3), pos_only(1, 2, 3))

def kw_only(*, key):
    return key
print(kw_only(key="k"))

errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos_only(1, b=2, c=3),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda x, y, z: 0)(),
    lambda: (lambda x=1: 0)(1, 2),
    lambda: f(1, c=2, **{"c": 3}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: "x"(),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)

def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames)

def doc():
    "docstring here"
print(doc.__doc__, doc(), (lambda: None).__name__)

def swap_code_a():
    return "a"
def swap_code_b():
    return "b"
swap_code_a.__code__ = swap_code_b.__code__
print(swap_code_a())

def recursive_sum(n):
    return 0 if n == 0 else n + recursive_sum(n - 1)
print(recursive_sum(500))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted([5, 3, 8], key=lambda v: -v), max(["aa", "b"], key=len), min([], default="empty"))
