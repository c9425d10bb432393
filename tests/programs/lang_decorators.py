# Decorators: plain, with arguments, stacked, on classes, on methods.
import functools

log = []

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        log.append(fn.__name__)
        return fn(*a, **k)
    return wrapper

@trace
def add(a, b):
    """adds"""
    return a + b

print(add(1, 2), add.__name__, add.__doc__, log)
print(add.__wrapped__(5, 5))

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def tag(name):
    def deco(fn):
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "x"
print(text())

order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@mark("outer")
@mark("inner")
def marked():
    pass
print(order)

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class Foo:
    pass

@register
class Bar:
    pass
print(sorted(registry), Foo.registered)

def add_method(cls):
    cls.describe = lambda self: "I am " + type(self).__name__
    return cls

@add_method
class Baz:
    pass
print(Baz().describe())

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)

def method_deco(fn):
    def wrapper(self, *a):
        return "[" + str(fn(self, *a)) + "]"
    return wrapper

class Widget:
    def __init__(self, v):
        self.v = v
    @method_deco
    def show(self, extra):
        return self.v + extra
print(Widget(1).show(2))

# Decorator expressions can be arbitrary (PEP 614).
decos = [lambda f: (lambda: f() * 2), lambda f: (lambda: f() + 1)]
@decos[0]
@decos[1]
def five():
    return 5
print(five())

@functools.lru_cache(maxsize=None)
def slow(n):
    return sum(range(n))
print(slow(100), slow(100), slow.cache_info().hits)

def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)

def with_attr(**attrs):
    def deco(fn):
        for k, v in attrs.items():
            setattr(fn, k, v)
        return fn
    return deco
@with_attr(author="me", version=2)
def documented():
    pass
print(documented.author, documented.version)
print(functools.partial(add, 10)(5), log[-1])
