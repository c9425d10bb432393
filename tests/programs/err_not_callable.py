# Calling things that are not callable; uncaught at the end.
for obj in (None, 5, "str", [1], (1,), {"a": 1}, 1.5, b"b"):
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
handlers = {"add": lambda a, b: a + b, "name": "not a function"}
print(handlers["add"](2, 3))
print(handlers["name"](2, 3))
