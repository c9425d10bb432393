# Calls to isinstance/type/str/int/float on constants with patched versions in between.
import builtins

def checks():
    return isinstance(3, int), type("s") is str, str(12), int("7"), float("1.5"), bool(""), tuple("ab")

print(checks())
print(checks())
orig_isinstance = builtins.isinstance
builtins.isinstance = lambda o, t: "patched isinstance"
print(checks())
builtins.isinstance = orig_isinstance
orig_str = builtins.str
builtins.str = lambda o: "<%r>" % (o,)
print(checks())
builtins.str = orig_str
print(checks())
class int(builtins.int):
    def __new__(cls, v):
        return builtins.int.__new__(cls, builtins.int(v) * 2)
print(checks())
del int
print(checks())
class FakeType:
    def __call__(self, o):
        return "fake type"
orig_type = builtins.type
builtins.type = FakeType()
print(checks())
builtins.type = orig_type
print(checks())
def bool_tests():
    return bool(0), bool([1]), not None, callable(len)
print(bool_tests())
callable = lambda o: "shadowed callable"
print(bool_tests())
del callable
print(bool_tests())
