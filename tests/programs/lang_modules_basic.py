# Importing a module from the program's folder: caching, attributes, __name__.
import sys
print("main __name__:", __name__)
import lang_modules_helper
print(lang_modules_helper.bump(), lang_modules_helper.bump(), lang_modules_helper.counter)
import lang_modules_helper as again
print(again is lang_modules_helper, again.counter, lang_modules_helper.__name__)
from lang_modules_helper import bump, Greeter
print(bump(), Greeter().greet("world"), lang_modules_helper.counter)
print("lang_modules_helper" in sys.modules, type(lang_modules_helper).__name__)
lang_modules_helper.new_attr = "set from main"
import lang_modules_helper as third
print(third.new_attr)
print(sorted(n for n in dir(lang_modules_helper) if not n.startswith("__")))
try:
    import no_such_module_in_corpus
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from lang_modules_helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math, string, keyword
print(math.sqrt(16), string.ascii_lowercase[:5], keyword.iskeyword("for"), keyword.iskeyword("print"))
from math import pi as PI, floor
print(round(PI, 3), floor(2.7))
import os.path
print(os.path.join("a", "b"), os.path.basename("x/y.py"), os.path.splitext("f.tar.gz"), os.path.dirname("/a/b/c"))
def local_import():
    import collections
    return collections.Counter("aab").most_common(1)
print(local_import(), "collections" in dir())
