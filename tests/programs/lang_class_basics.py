# Class definitions, instances, attributes, class vs instance state.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, type(q) is Point, isinstance(q, Point))
print(sorted(vars(p).items()))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, q.dims)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(Point.norm2(p), Point.__dict__["dims"])
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)

class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, hasattr(e, "b"), getattr(e, "b", "default"))
print(Empty.__bases__, Empty.__mro__)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.instances, c1.id, c3.id)

class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(a.items, b.items, a.items is b.items)

class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__
print(Outer.Inner().who(), Outer.Inner.__qualname__)

def method_outside(self):
    return "outside " + self.name
class Named:
    name = "N"
    hello = method_outside
print(Named().hello())

class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)

class WithClassBody:
    x = 10
    y = x * 2
    squares = [i * i for i in range(3)]
    del x
print(WithClassBody.y, WithClassBody.squares, hasattr(WithClassBody, "x"))

print(type(Point), type(type), isinstance(Point, type), issubclass(Point, object))
obj = object()
try:
    obj.attr = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    p.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Point.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(p == Point(3, 4), p == p, p != q)
class Slotless:
    def __init__(self, **kw):
        self.__dict__.update(kw)
s = Slotless(a=1, b=2)
print(s.a, s.b, s.__dict__)
