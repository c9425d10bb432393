"""Loads FatSharp's Python library modules (src/Interpreter/Lib) under private
aliases (_fs_<name>) so they can be compared with CPython's own modules."""

import importlib.util
import os
import sys

LIB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'Interpreter', 'Lib'))

# Modules of Lib that import each other; while one of them is executed the
# real names point at FatSharp's versions, then CPython's are put back.
OWN = ['keyword', 'operator', 'heapq', 'bisect', 'collections', 'functools', 'itertools',
       'copy', 'string', 'types', 'random', 'posixpath', 'timeit']


def _spec(name):
    pkg = os.path.join(LIB, name, '__init__.py')
    if os.path.exists(pkg):
        return importlib.util.spec_from_file_location(
            name, pkg, submodule_search_locations=[os.path.join(LIB, name)])
    return importlib.util.spec_from_file_location(name, os.path.join(LIB, name + '.py'))


_loaded = {}


def load_all():
    if _loaded:
        return _loaded
    saved = {n: sys.modules.get(n) for n in OWN}
    try:
        for n in OWN:
            sys.modules.pop(n, None)
        for n in OWN:
            if not os.path.exists(os.path.join(LIB, n + '.py')) and not os.path.isdir(os.path.join(LIB, n)):
                continue
            if n in sys.modules and n in _loaded:
                continue
            spec = _spec(n)
            mod = importlib.util.module_from_spec(spec)
            sys.modules[n] = mod
            spec.loader.exec_module(mod)
            _loaded[n] = mod
    finally:
        for n in OWN:
            if saved[n] is not None:
                sys.modules[n] = saved[n]
            else:
                sys.modules.pop(n, None)
    for n, m in _loaded.items():
        sys.modules['_fs_' + n] = m
    return _loaded


def fs(name):
    return load_all()[name]
