# Packages: relative imports, __all__, star import, submodules, __name__ of each module.
import pkg_corpus
from pkg_corpus import util
print(pkg_corpus.describe(), pkg_corpus.init_name, pkg_corpus.VERSION)
print(pkg_corpus.Square(4).area(), pkg_corpus.area_of([pkg_corpus.Square(1), pkg_corpus.Square(2)]))
print(util.helper(), util.double(5), util.public_value)
print(util.LOG)
import pkg_corpus.shapes as shapes
print(shapes.doubled_side(shapes.Square(7)), shapes.__name__, shapes is pkg_corpus.shapes)
from pkg_corpus.sub import deep_value
print(deep_value)
import pkg_corpus.sub.deep
print(pkg_corpus.sub.deep.deep_square, pkg_corpus.sub.deep.__name__, pkg_corpus.sub.__name__)
print(util.LOG)
from pkg_corpus.util import *
print(double(8), public_value, "_underscore_value" in dir())
ns = {}
exec("from pkg_corpus import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(pkg_corpus.__all__, hasattr(pkg_corpus, "_private"))
print(pkg_corpus.__package__, shapes.__package__, pkg_corpus.sub.deep.__package__)
mod = __import__("pkg_corpus.util")
print(mod is pkg_corpus, __import__("pkg_corpus.util", fromlist=["x"]) is util)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_corpus")))
