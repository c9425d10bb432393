# AttributeError messages, then an uncaught one on None.
class Thing:
    __slots__ = ("a",)
for obj, name in ((1, "foo"), ("s", "bar"), ([], "push"), (Thing(), "a"), (Thing, "zzz"), (None, "x")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    Thing().b = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
result = {"k": 1}.get("missing")
print("result is", result)
result.upper()
