"""Writes optimizer-cases.trees.json: CPython 3.11's tree (with positions) of every case in optimizer-cases.txt.

The optimizer tests read these trees, so they run without python3 and do not depend on our parser; a separate
test checks that our parser gives the same trees. Run from this directory after editing the cases:
    python3 make_trees.py
"""
import ast
import json
import sys

assert sys.version_info[:2] == (3, 11), "the trees must be CPython 3.11's"


def read_cases(path):
    cases = []
    name = None
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                if name is not None:
                    cases.append((name, lines))
                name = line[4:].strip()
                lines = []
            elif name is not None:
                lines.append(line)
    if name is not None:
        cases.append((name, lines))
    result = {}
    for name, lines in cases:
        source = "".join(l for l in lines if not l.startswith("--- "))
        result[name] = source
    return result


def constant(v):
    if v is None:
        return {"none": None}
    if v is Ellipsis:
        return {"ellipsis": None}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    for field in n._fields:
        value = getattr(n, field, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and field == "value":
            out[field] = constant(value)
        else:
            out[field] = node(value)
    for attr in n._attributes:
        out[attr] = getattr(n, attr, None)
    return out


cases = read_cases("optimizer-cases.txt")
trees = {name: node(ast.parse(source, filename=name)) for name, source in cases.items()}
with open("optimizer-cases.trees.json", "w", encoding="utf-8") as f:
    json.dump(trees, f, ensure_ascii=True, indent=None, separators=(",", ":"))
    f.write("\n")
print(f"{len(trees)} trees written")
