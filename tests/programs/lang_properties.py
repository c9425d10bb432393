# property: getter, setter, deleter, read-only errors, property() call form.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.fahrenheit.fset, Temp.celsius.fget.__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

class Old:
    def _get(self):
        return self._x * 2
    def _set(self, v):
        self._x = v
    x = property(_get, _set, None, "doc of x")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)

class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived"
print(Base().name, Derived().name)

class Validated:
    def __init__(self):
        self._items = []
    @property
    def items(self):
        return tuple(self._items)
    def add(self, x):
        self._items.append(x)
v = Validated()
v.add(1); v.add(2)
print(v.items)

p = property(lambda self: 5)
class Dyn:
    pass
Dyn.five = p
print(Dyn().five)
pr = property()
class Emp:
    x = pr
try:
    Emp().x
except AttributeError as e:
    print(type(e).__name__, e)
class Shadow:
    @property
    def a(self):
        return "prop"
s = Shadow()
s.__dict__["a"] = "inst"
print(s.a)
print(isinstance(Temp.celsius, property), property.__name__)
