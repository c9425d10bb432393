import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100))
print(fib.cache_info())
print(fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)
fib.cache_clear()
print(fib.cache_info())

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1]:
    square(v)
print(calls, square.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.cache
def triangle(n):
    return 0 if n == 0 else n + triangle(n - 1)


print(triangle(50), triangle.cache_parameters())


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in vars(c))
del c.area
print(c.area, c.computed)
try:
    functools.lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)
