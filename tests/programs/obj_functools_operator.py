# functools and operator helpers.
import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.keywords, functools.partial(pow, 2)(10))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
print(square(7), square(base=3), repr(square.args))
@functools.lru_cache(maxsize=2)
def cached(n):
    return n * n
print(cached(1), cached(2), cached(1), cached(3), cached.cache_info())
cached.cache_clear()
print(cached.cache_info().currsize)
@functools.cache
def fibo(n):
    return n if n < 2 else fibo(n - 1) + fibo(n - 2)
print(fibo(90))
class Temp:
    def __init__(self, c):
        self.c = c
    @functools.cached_property
    def f(self):
        print("computing f")
        return self.c * 9 / 5 + 32
t = Temp(100)
print(t.f, t.f, "f" in vars(t))
print(operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("x"))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.getitem({"k": 1}, "k"), operator.concat("a", "b"))
print(operator.lt(1, 2), operator.eq(1, 1.0), operator.is_(None, None), operator.index(5), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.inv(0), operator.abs(-2))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([]), show("s"), show(True))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(1))
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
