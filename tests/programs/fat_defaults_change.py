# Changing __defaults__/__kwdefaults__ and closure cells between calls of a hot function.
def scaled(x, factor=2, *, offset=0):
    return x * factor + offset

for _ in range(20):
    scaled(1)
print(scaled(5), scaled(5, 3), scaled(5, offset=1))
scaled.__defaults__ = (10,)
print(scaled(5), scaled(5, 3))
scaled.__kwdefaults__ = {"offset": 100}
print(scaled(5), scaled(5, offset=0))
scaled.__defaults__ = None
try:
    scaled(5)
except TypeError as e:
    print(type(e).__name__, e)
scaled.__defaults__ = (1,)
print(scaled(5))

def make():
    base = 1
    def get():
        return base + len("ab")
    def set_base(v):
        nonlocal base
        base = v
    return get, set_base
get, set_base = make()
print(get(), get())
set_base(100)
print(get())
get.__closure__[0].cell_contents = -5
print(get())

CONST = (1, 2, 3)
def uses_const():
    return sum(CONST), CONST[0]
print(uses_const())
CONST = (10,)
print(uses_const())
def uses_default_const(c=CONST):
    return c
CONST = "changed after def"
print(uses_default_const(), CONST)
