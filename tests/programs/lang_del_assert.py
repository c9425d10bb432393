# del statement on names, items, slices, attributes; assert with messages.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print("a" in globals(), "c" in globals())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(local_del())
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
(p, q) = (1, 2)
del (p, q)
print("p" in globals())
m = [0, 1, 2]
del [m[0]]
print(m)
for i in range(2):
    pass
del i
print("i" in globals())

assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
for v in (3, "3"):
    try:
        print(check(v))
    except AssertionError as e:
        print("assert:", e)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)
