# type, isinstance, issubclass, callable, getattr/setattr/hasattr/delattr, dir, vars, id, hash, globals, locals.
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def method(self):
        return self.x
class B(A):
    pass
a, b = A(), B()
print(type(a).__name__, type(b) is B, type(1), type("") is str, type(None).__name__, type(type(a)).__name__)
print(isinstance(b, A), isinstance(a, B), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance([], (tuple, (dict, list))))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, object), issubclass(B, (str, A)), issubclass(A, A))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(len), callable(A), callable(a), callable(a.method), callable(None), callable(lambda: 0), callable("s"))
print(getattr(a, "x"), getattr(a, "cls_attr"), getattr(a, "nope", None), hasattr(a, "method"), hasattr(a, "nope"))
setattr(a, "y", 20)
setattr(A, "added", "class level")
print(a.y, b.added, vars(a))
delattr(a, "y")
print(vars(a), hasattr(a, "y"))
try:
    delattr(a, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(A), "append" in dir([]), "upper" in dir(""), sorted(vars(A).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__init__", "method", "__qualname__"}))
x = [1]
y = x
z = [1]
print(id(x) == id(y), id(x) == id(z), id(x) != id(z), x is y, x is not z, id(None) == id(None))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(-1), hash(-2), hash(123456789), hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
def f(p, q=2):
    loc = 3
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["A"] is A, "f" in g, __name__, g["__name__"])
g["dynamic_global"] = 42
print(dynamic_global)
class C:
    inside = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(type("Dyn", (), {}).__name__, type.__call__(int, "7"), type(5)(6), type("s")("t"))
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, type(object()).__name__, object().__class__ is object, A.__class__ is type)
print(len(dir()) > 5, "a" in dir(), isinstance(A, type), isinstance(len, type(len)), type(len).__name__, type(a.method).__name__, type(A.method).__name__)
