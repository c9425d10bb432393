# if/elif/else, ternaries, truthiness of builtin values, boolean operators returning operands.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-3, 0, 5, 50)])
values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {"": 0}, set(), None, 0j, b"", range(0), range(1), float("nan")]
print([bool(v) for v in values])
print(["T" if v else "F" for v in values])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 0, "" and 1/0, [] or {}, not not "x")
x = 5
print("big" if x > 3 else "small", "a" if x > 10 else "b" if x > 4 else "c")
print(x > 3 and "yes" or "no", x > 30 and "yes" or "no")
if x:
    print("x truthy")
if not []:
    print("empty list falsy")
if None is None and x is not None:
    print("identity checks")
if 0 < x <= 5:
    print("chained condition")
y = [] if x else [1]
print(y)
def side(name, val):
    print("eval", name)
    return val
if side("a", 0) or side("b", 1) and side("c", 0):
    print("true branch")
else:
    print("false branch")
print(side("d", 1) if side("cond", False) else side("e", 2))
class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False
f = Falsy()
print(f or "fallback", (f and "never") is f)
if f:
    pass
else:
    print("else branch for Falsy")
print(not f)
z = 0
if z == 0: print("one-line if")
print(True + True, True * 3, sum([True, False, True]), True == 1, (True is not None) == True)
