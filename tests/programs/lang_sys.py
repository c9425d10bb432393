# sys module basics that do not depend on the host.
import sys
print(sys.argv[1:], type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.getrecursionlimit() >= 1000, callable(sys.exit), sys.byteorder in ("little", "big"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30))
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), sys.stdout is sys.__stdout__)
sys.stderr.write("this goes to stderr\n")
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
def inner():
    return sys._getframe(0).f_code.co_name if hasattr(sys, "_getframe") else "inner"
print(inner())
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(type(sys.path).__name__, sys.intern("abc") == "abc", sys.getdefaultencoding())
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
print("done")
