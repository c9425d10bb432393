"""Runs every snapshot case twice with CPython 3.11, as written and as optimized, and compares what it does.

The optimized tree is read back from the snapshot's ast dump. A stand-in `fat` module makes every guard hold:
specialize() checks what PEP 510 checks (same cell and free variables, same parameter counts) and installs the
specialized code, replace_consts() substitutes the constants. Then the module globals that are plain values are
compared, and every function that can be called without arguments is called in both versions (result or
exception type, and printed output). Not part of the unit tests (it needs python3):
    python3 check_semantics.py
"""
import ast
import builtins
import contextlib
import glob
import io
import os
import re
import sys
import types
import warnings
from ast import *  # noqa: F401,F403 - the dumps name the node classes

HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOTS = os.path.join(HERE, "..", "Snapshots")


class Guard:
    def __init__(self, *args):
        self.args = args


def specialize(func, code, guards):
    old = func.__code__
    assert old.co_cellvars == code.co_cellvars, "specialized bytecode uses different cell variables"
    assert old.co_freevars == code.co_freevars, "specialized bytecode uses different free variables"
    assert (old.co_argcount, old.co_kwonlyargcount) == (code.co_argcount, code.co_kwonlyargcount), "parameter counts"
    assert guards, "need at least one guard"
    func.__code__ = code.replace(co_name=old.co_name, co_firstlineno=old.co_firstlineno)


def replace_consts(code, mapping):
    consts = tuple(mapping.get(c, c) if isinstance(c, str) else c for c in code.co_consts)
    return code.replace(co_consts=consts)


warnings.simplefilter("ignore")
fat = types.ModuleType("fat")
fat.specialize = specialize
fat.replace_consts = replace_consts
fat.GuardBuiltins = fat.GuardGlobals = fat.GuardFunc = fat.GuardDict = fat.GuardArgType = Guard
sys.modules["fat"] = fat


def run(tree_or_source, name):
    ns = {"__name__": "case_" + name}
    out = io.StringIO()
    code = compile(tree_or_source, name + ".py", "exec")
    with contextlib.redirect_stdout(out):
        try:
            exec(code, ns)
            outcome = "ok"
        except Exception as e:  # noqa: BLE001 - the outcome is compared, whatever it is
            outcome = type(e).__name__
    return ns, outcome, out.getvalue()


def describe(v):
    if isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > 10000:
        return f"int of {v.bit_length()} bits"
    if not isinstance(v, (int, float, complex, str, bytes, bool, type(None), tuple, list, dict, set, frozenset)):
        return type(v).__name__
    return re.sub(r" at 0x[0-9a-f]+", "", repr(v))


def call_all(ns, out):
    results = {}
    for key, value in sorted(ns.items()):
        if isinstance(value, types.FunctionType) and value.__code__.co_argcount == len(value.__defaults__ or ()) \
                and value.__code__.co_kwonlyargcount == len(value.__kwdefaults__ or {}):
            with contextlib.redirect_stdout(out):
                try:
                    r = value()
                    if isinstance(r, types.GeneratorType):
                        r = list(r)
                    results[key] = describe(r)
                except Exception as e:  # noqa: BLE001
                    results[key] = type(e).__name__
    return results


# Running these takes too long: they show what must not be computed at compile time.
SKIP = {"fold_power_tower_not_computed"}

failures = 0
checked = 0
for path in sorted(glob.glob(os.path.join(SNAPSHOTS, "*.verified.txt"))):
    name = os.path.basename(path)[: -len(".verified.txt")]
    text = open(path, encoding="utf-8").read()
    if name in SKIP or "optimize=1" in text.split("## source", 1)[0]:
        continue  # compiled as under -O: not comparable with a plain run
    source = text.split("## source\n", 1)[1].split("## optimized\n", 1)[0]
    dump = text.split("## ast\n", 1)[1].split("\n## log", 1)[0]
    optimized = ast.fix_missing_locations(eval(dump))
    ns1, o1, out1 = run(source, name)
    try:
        ns2, o2, out2 = run(optimized, name)
    except AssertionError as e:
        print(f"{name}: specialize refused: {e}")
        failures += 1
        continue
    buf1, buf2 = io.StringIO(), io.StringIO()
    r1, r2 = call_all(ns1, buf1), call_all(ns2, buf2)
    g1 = {k: describe(v) for k, v in ns1.items() if not k.startswith("__") and not callable(v) and not isinstance(v, types.ModuleType)}
    g2 = {k: describe(v) for k, v in ns2.items() if not k.startswith("__") and not callable(v) and not isinstance(v, types.ModuleType)}
    checked += 1
    problems = []
    if o1 != o2:
        problems.append(f"module outcome {o1} != {o2}")
    if out1 + buf1.getvalue() != out2 + buf2.getvalue():
        problems.append(f"output {out1 + buf1.getvalue()!r} != {out2 + buf2.getvalue()!r}")
    if g1 != g2:
        problems.append(f"globals {g1} != {g2}")
    if r1 != r2:
        problems.append(f"calls {r1} != {r2}")
    if problems:
        failures += 1
        print(f"{name}: " + "; ".join(problems))
print(f"{checked} cases run, {failures} differ")
sys.exit(1 if failures else 0)
