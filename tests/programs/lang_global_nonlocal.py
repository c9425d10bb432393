# global and nonlocal declarations and scoping rules.
g = 1

def read_global():
    return g

def write_global():
    global g
    g = g + 1
    return g

print(read_global(), write_global(), read_global(), g)

def create_global():
    global created
    created = "new"
create_global()
print(created)

def local_shadow():
    g = 100
    return g
print(local_shadow(), g)

def unbound_local():
    try:
        print(g)
        g = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound_local()

def nl():
    v = 0
    def a():
        nonlocal v
        v += 1
    def b():
        nonlocal v
        v *= 10
    a(); b(); a()
    return v
print(nl())

def global_in_nested():
    g = "local g"
    def inner():
        global g
        return g
    return inner(), g
print(global_in_nested())

def nonlocal_skips():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    mid()
    return x
print(nonlocal_skips())

class Scope:
    g = "class g"
    def method(self):
        return g
    val = [g for _ in range(1)]
print(Scope().method(), Scope.g, Scope.val)

def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)

def del_global():
    global temp
    temp = 1
    del temp
del_global()
print("temp" in globals())

def nonlocal_del():
    y = 1
    def inner():
        nonlocal y
        del y
    inner()
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(7):
    bump()
print(counter)

x = 10
def f():
    x = 20
    def g():
        return x
    return g()
print(f())

def comp_scope():
    y = 3
    return [y * i for i in range(3)], {i: y for i in range(2)}
print(comp_scope())
print(sorted(k for k in globals() if not k.startswith("__"))[:8])
