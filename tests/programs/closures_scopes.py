def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

class Scope:
    v = 1
    w = [v * 2 for _ in range(2)] if False else None
    def method(self):
        return v if False else Scope.v
print(Scope().method())

def compose(*fns):
    def composed(arg):
        for fn in reversed(fns):
            arg = fn(arg)
        return arg
    return composed
print(compose(str, lambda n: n * 2, abs)(-21))

def decorator(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@decorator
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("ann", punct="?"))

def cell_param(a):
    def get():
        return a
    a += 1
    return get
print(cell_param(1)())
print([y for y in range(3)], (lambda: [z for z in "ab"])())
comp_var = [w for w in range(2)]
try:
    w
except NameError as e:
    print(e)
