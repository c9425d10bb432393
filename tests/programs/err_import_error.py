# ImportError / ModuleNotFoundError messages, ending with an uncaught ModuleNotFoundError.
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import pkg_corpus.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import another_missing_module_abc
