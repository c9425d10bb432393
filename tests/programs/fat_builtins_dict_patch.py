# Patching builtins through builtins.__dict__ and vars(builtins), and adding new builtins.
import builtins

def uses():
    return abs(-4), max(1, 9), min(3, 2), sum((1, 2, 3))

def uses_new():
    return brand_new_builtin(5)

print(uses(), uses())
bd = vars(builtins)
saved = bd["abs"]
saved_max = bd["max"]
bd["abs"] = lambda v: "patched abs"
print(uses())
builtins.__dict__["max"] = lambda *a: "patched max"
print(uses())
bd["abs"] = saved
print(uses())
del builtins.__dict__["max"]
try:
    uses()
except NameError as e:
    print(type(e).__name__, e)
import functools
builtins.max = lambda *a: functools.reduce(lambda x, y: x if x > y else y, a)
print(uses())
try:
    uses_new()
except NameError as e:
    print(type(e).__name__, e)
builtins.brand_new_builtin = lambda v: v * 111
print(uses_new(), uses_new())
brand_new_builtin = lambda v: "global wins"
print(uses_new())
del brand_new_builtin
print(uses_new())
del builtins.brand_new_builtin
try:
    uses_new()
except NameError as e:
    print(type(e).__name__, e)
saved_min = min
bd.update({"min": lambda *a: "updated min"})
print(uses())
bd.update({"min": saved_min, "max": saved_max})
print(uses(), uses())
