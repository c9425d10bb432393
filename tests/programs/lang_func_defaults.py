# Default values are evaluated once, at definition time.
counter = 0

def next_value():
    global counter
    counter += 1
    return counter

def f(x, acc=[]):
    acc.append(x)
    return acc

print(f(1))
print(f(2))
print(f(3, []))
print(f(4))

def g(a=next_value(), b=next_value()):
    return a, b

print(g())
print(g())
print(g(10))
print(counter)

def h(d={}):
    d[len(d)] = len(d) * 2
    return d

print(h())
print(h())
print(h.__defaults__)

def k(a, b=2, *, c=3, d):
    return a, b, c, d

print(k(1, d=4))
print(k(1, 5, d=6, c=7))
print(k.__defaults__, sorted(k.__kwdefaults__.items()))

k.__defaults__ = (20,)
print(k(1, d=0))
k.__kwdefaults__ = {"c": 30, "d": 40}
print(k(1))

x = 5
def uses_x(v=x):
    return v
x = 6
print(uses_x())

def none_default(lst=None):
    if lst is None:
        lst = []
    lst.append(1)
    return lst

print(none_default(), none_default())

fs = []
for i in range(4):
    def cap(i=i):
        return i * i
    fs.append(cap)
print([fn() for fn in fs])
lams = [lambda j=j: j + 100 for j in range(3)]
print([fn() for fn in lams])
print(f.__name__, f.__qualname__, g.__defaults__)

class C:
    def m(self, items=()):
        return len(items)
print(C().m(), C().m([1, 2]), C.m.__defaults__)
