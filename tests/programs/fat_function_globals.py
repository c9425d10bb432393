# The same code object run with different globals dicts (types.FunctionType), and builtins in them.
import types
import builtins

def template():
    return len(WORD) * SCALE

WORD = "abc"
SCALE = 2
print(template())
g1 = {"WORD": "hello", "SCALE": 10, "__builtins__": builtins}
f1 = types.FunctionType(template.__code__, g1)
g2 = {"WORD": "hi", "SCALE": 1, "__builtins__": {"len": lambda s: 1000}}
f2 = types.FunctionType(template.__code__, g2)
for _ in range(2):
    print(template(), f1(), f2())
g1["SCALE"] = 0
g2["__builtins__"]["len"] = lambda s: -1
print(template(), f1(), f2())
g1["len"] = lambda s: 7
print(f1(), template())
del g1["len"]
print(f1())
SCALE = 3
print(template(), f1())
print(f1.__globals__ is g1, template.__globals__ is globals())
f3 = types.FunctionType(template.__code__, {"WORD": "x", "SCALE": 1})
print(f3())
def outer():
    return template()
print(outer())
g_shared = {"WORD": "abcd", "SCALE": 1, "__builtins__": builtins}
fa = types.FunctionType(template.__code__, g_shared)
fb = types.FunctionType(template.__code__, g_shared)
print(fa(), fb())
g_shared["WORD"] = ""
print(fa(), fb())
