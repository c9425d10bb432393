# types module helpers, None/NotImplemented/Ellipsis singletons, bool.
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), dict(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
print(type(None).__name__, None is None, type(None)() is None, repr(None), str(None), bool(None))
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ..., type(...).__name__, ... is Ellipsis)
print(True, False, bool(), bool.__name__, True.__class__, int(True), str(False), repr(True), True & False, True | False, True ^ True)
print(isinstance(True, int), type(True + 1).__name__, True == 1.0, hash(True), f"{True:d}", True.real, -True)
try:
    bool.__new__(bool, 1) and type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
m = types.ModuleType("made_up")
m.x = 5
print(m.__name__, m.x, type(m).__name__)
print(types.SimpleNamespace(), repr(types.SimpleNamespace(z=1, a=2)))
def gen():
    yield
print(type(gen()).__name__, type(f).__name__, type(f.__code__).__name__, types.MethodType(lambda self: self.a, ns)())
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
