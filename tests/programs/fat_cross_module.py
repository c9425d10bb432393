# Guards across modules: patching another module's globals and builtins seen from that module.
import builtins
import pkg_corpus.calls as calls
from pkg_corpus import shapes

def show():
    print(calls.measure("abcd"), calls.first_char_code("A"), calls.summary([3, 9, 4]), shapes.doubled_side(shapes.Square(5)))

show()
show()
calls.SCALE = 10
show()
calls.len = lambda s: 1
show()
del calls.len
show()
saved_ord = builtins.ord
builtins.ord = lambda c: -1
show()
builtins.ord = saved_ord
shapes.double = lambda x: "patched double"
show()
from pkg_corpus import util
util.double = lambda x: "util patched"
show()
del shapes.double
try:
    show()
except NameError as e:
    print(type(e).__name__, e)
shapes.double = util.double
calls.max = min
show()
del calls.max
vars(calls)["SCALE"] = 1
show()
calls.measure.__globals__["SCALE"] = 3
show()
print(calls.measure.__globals__ is vars(calls), calls.measure.__module__)
