# Closures, cells, late binding, nonlocal.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get2(), get())

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i * 10)
    i = 99
    return fs
print([fn() for fn in late()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def shared():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def snapshot():
        return list(items)
    return add, snapshot

add, snap = shared()
add(1); add(2)
print(snap())

def cell_contents():
    a = 1
    b = [2]
    def f():
        return a, b
    return f
fn = cell_contents()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])
print(make_counter.__closure__)

def rebinding():
    x = 1
    def read():
        return x
    x = 2
    r1 = read()
    x = 3
    return r1, read()
print(rebinding())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a, b
                a += 100
                b += 100
                return a + b + c
            return l3
        return l2
    r = l1()()()
    return r, a
print(deep())

def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
print([acc(n) for n in range(1, 6)])

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))

def class_in_closure():
    secret = 42
    class Holder:
        def reveal(self):
            return secret
        value = secret + 1
    return Holder().reveal(), Holder.value
print(class_in_closure())

def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return inner()
print(unbound())

def gen_closure():
    n = 3
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_closure()()))
x = "global"
def shadow():
    x = "local"
    return (lambda: x)()
print(shadow(), x)
