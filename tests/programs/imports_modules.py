import _helper_mod
import _helper_mod as hm
from _helper_mod import greet, VALUE as V
from _helper_pkg import double, PKG
import _helper_pkg.sub
import math, sys, time
print(_helper_mod.VALUE, hm is _helper_mod, greet("bob"), V)
print(double(21), PKG, _helper_pkg.sub.double(5), _helper_mod.Thing.__module__)
print(type(math).__name__, math.__name__, "_helper_mod" in sys.modules, sys.modules["_helper_mod"] is hm)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(math.floor(3.7), math.sqrt(2) ** 2 == 2.0, isinstance(time.time(), float))
print(__name__, _helper_mod.__name__, hasattr(_helper_mod, "_private"))
