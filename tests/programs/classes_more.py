class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

s = Stack().push(1).push(2).push(3)
print(s, len(s), s.pop(), s)

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

root = Node("root", [Node("a", [Node("a1")]), Node("b")])
for depth, value in root.walk():
    print("  " * depth + value)

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)

class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls.items[name] = fn
            return fn
        return deco
@Registry.register("double")
def double(x):
    return 2 * x
print(Registry.items["double"](21), sorted(Registry.items))

class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__)
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
class Circle(Shape):
    pass
for sh in (Square(3), Circle()):
    try:
        print(type(sh).__name__, sh.area())
    except NotImplementedError as e:
        print("not implemented for", e)

class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.value = start
c1, c2 = Counter(), Counter(5)
print(Counter.instances, c1.value, c2.value)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
pts = {Point(1, 2): "a"} if False else [Point(1, 2), Point(0, 0)]
print(pts, Point(1, 2) in pts, pts.index(Point(0, 0)))
try:
    {Point(1, 2)}
except TypeError as e:
    print(e)

class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
print(C().log, C.__mro__[1].__name__, C.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner).startswith("<class '__main__.Outer.Inner'>"))
obj = Outer()
print(str(type(obj)), type(obj) == Outer, obj.__class__.__name__)
