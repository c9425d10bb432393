"""Writes the expected outputs of the fixtures next to them, using the running python3 (CPython 3.11).

For each NAME.py: NAME.dump.txt (ast.dump), NAME.attrs.txt (ast.dump with include_attributes=True) and
NAME.unparse.txt (ast.unparse); for sources CPython rejects (error_*.py): NAME.error.txt with the exception class,
message, line and offset, one per line. The parse mode comes from the name: mode_eval.py, mode_single.py and
mode_func_type.py use those modes, everything else is a module. The tests only read the written files.

Besides: type_comments.*.txt (a tree parsed with type_comments=True, which only Dump/Unparse consume),
fuzz_corpus.jsonl (damaged statements with CPython's verdict) and random_trees.jsonl (random trees with
ast.unparse's text). Checks that the fixtures together use every node class and every field of the ast module,
and that unparsing them gives back the same tree.
"""
import ast
import base64
import glob
import json
import os
import random
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))

# Optional in the grammar of the tree, but the parser always fills them in (ImportFrom.level is 0 for `from x`).
NEVER_NONE = {("ImportFrom", "level")}


def mode_of(name):
    return name[len("mode_"):] if name.startswith("mode_") else "exec"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def node_signatures():
    """Concrete node classes with their fields as the ASDL signature in the class docstring gives them:
    {class: {field: "?" optional, "*" list, "" required}}."""
    result = {}
    for name in dir(ast):
        cls = getattr(ast, name)
        if not (isinstance(cls, type) and issubclass(cls, ast.AST)) or not cls.__doc__:
            continue
        doc = cls.__doc__
        head = doc.split("(")[0].strip()
        if head != name:
            continue  # abstract bases ("expr = BoolOp(...) | ...") and deprecated aliases
        fields = {}
        if "(" in doc:
            for decl in doc[doc.index("(") + 1:doc.rindex(")")].split(","):
                type_, field = decl.split()
                fields[field] = "*" if type_.endswith("*") else "?" if type_.endswith("?") else ""
        result[name] = fields
    return result


CORPUS_SEED = 311
CORPUS_SIZE = 600
INSERTS = [b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b"\n", b"\t", b" ", b"    ", b"'", b'"', b"'''", b"\\",
           b"#", b"f'", b"=", b":=", b"*", b"**", b"lambda", b"yield", b"await", b"async", b"match", b"case", b"_",
           b"0x", b"1e", b"1_", b"0", b".", b"...", b"->", b"@", b"\\N{", b"if", b"else", b"not", b"in", b"is",
           b"\xff", b"\xc3", b"\xe2\x82\xac"]


def statement_chunks(path, source):
    """The source bytes of each top-level statement of a fixture (small inputs keep the corpus small)."""
    tree = ast.parse(source, path)
    lines = source.splitlines(keepends=True)
    for node in tree.body:
        yield b"".join(lines[node.lineno - 1:node.end_lineno])


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 2)):
        op = rng.randrange(6)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            del data[at:at + rng.randint(1, 4)]
        elif op == 1:
            data[at:at] = rng.choice(INSERTS)
        elif op == 2 and data:
            data[at:at] = data[at:at + rng.randint(1, 8)]
        elif op == 3 and len(data) > 1:
            i, j = rng.randrange(len(data)), rng.randrange(len(data))
            data[i], data[j] = data[j], data[i]
        elif op == 4:
            del data[at:]
        else:
            data[at:at] = bytes([rng.randrange(1, 256)])
    return bytes(data)


def write_corpus(chunks):
    """Damaged statements with CPython's verdict: the tree (with positions) or the error. One JSON object a line."""
    rng = random.Random(CORPUS_SEED)
    entries = []
    while len(entries) < CORPUS_SIZE:
        data = mutate(rng, rng.choice(chunks))
        if b"\0" in data:
            continue  # CPython 3.11 reports these without a position
        entry = {"input": base64.b64encode(data).decode("ascii")}
        try:
            tree = compile(data, "<fuzz>", "exec", ast.PyCF_ONLY_AST)
            entry["dump"] = ast.dump(tree, include_attributes=True)
            entry["unparse"] = ast.unparse(tree)
        except SyntaxError as e:
            entry["error"] = [type(e).__name__, e.msg, e.lineno, e.offset]
        except (UnicodeError, ValueError):
            continue  # raised by CPython's decoding outside the SyntaxError protocol; not a parser verdict
        entries.append(entry)
    with open("fuzz_corpus.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=True) + "\n")


RANDOM_TREES_SEED = 1123
RANDOM_TREES = 300


class RandomTrees:
    """Random expression and statement trees (not necessarily valid programs) to check ast.unparse's
    parenthesization and quoting on shapes the fixtures do not reach."""

    NAMES = ["a", "b", "c", "obj", "xs", "é"]
    STRINGS = ["", "s", "it's", 'say "hi"', "both ' \"", "tab\there", "line\nbreak", "back\\slash", "{brace}",
               "'''", '"""', "\x00\x7f", "ünï", "😀", "\u2028"]

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def name(self, ctx=None):
        return ast.Name(self.rng.choice(self.NAMES), ctx or ast.Load())

    def constant(self):
        r = self.rng
        choice = r.randrange(12)
        if choice == 0:
            return ast.Constant(r.choice([0, 1, 42, 10 ** 30]))
        if choice == 1:
            return ast.Constant(r.choice([0.5, 1e16, 1e-7, float("inf"), 2.0]))
        if choice == 2:
            return ast.Constant(r.choice([1j, 2.5j, complex(0, float("inf"))]))
        if choice == 3:
            return ast.Constant(r.choice([True, False, None, ...]))
        if choice == 4:
            return ast.Constant(r.choice([b"", b"x'", b'"\x00\xff']))
        if choice == 5:
            return ast.Constant(r.choice(self.STRINGS), kind=r.choice([None, "u"]))
        if choice == 6:
            return ast.Constant(float("nan"))
        return ast.Constant(r.choice(self.STRINGS))

    def fstring(self, depth):
        r = self.rng
        values = []
        for _ in range(r.randint(0, 3)):
            if r.random() < 0.5:
                values.append(ast.Constant(r.choice(self.STRINGS)))
            else:
                spec = None
                if r.random() < 0.3:
                    spec = ast.JoinedStr([ast.Constant(r.choice([">10", ".2f", "^"]))] +
                                         ([ast.FormattedValue(self.name(), -1, None)] if r.random() < 0.5 else []))
                inner = self.expr(depth + 1)
                values.append(ast.FormattedValue(inner, r.choice([-1, 115, 114, 97]), spec))
        return ast.JoinedStr(values)

    def comprehension(self, depth):
        return ast.comprehension(
            target=self.rng.choice([self.name(ast.Store()), ast.Tuple([self.name(ast.Store()), self.name(ast.Store())], ast.Store())]),
            iter=self.expr(depth + 1), ifs=[self.expr(depth + 1) for _ in range(self.rng.randint(0, 2))],
            is_async=self.rng.randint(0, 1))

    def arguments(self, depth):
        r = self.rng
        posonly = [ast.arg(n) for n in r.sample(["p", "q"], r.randint(0, 2))]
        args = [ast.arg(n) for n in r.sample(["x", "y"], r.randint(0, 2))]
        kwonly = [ast.arg(n) for n in r.sample(["k", "m"], r.randint(0, 2))]
        defaults = [self.expr(depth + 1) for _ in range(r.randint(0, len(posonly) + len(args)))]
        return ast.arguments(posonlyargs=posonly, args=args,
                             vararg=ast.arg("va") if r.random() < 0.3 else None, kwonlyargs=kwonly,
                             kw_defaults=[self.expr(depth + 1) if r.random() < 0.5 else None for _ in kwonly],
                             kwarg=ast.arg("kw") if r.random() < 0.3 else None, defaults=defaults)

    def expr(self, depth=0):
        r = self.rng
        if depth > 2 or r.random() < 0.25:
            return self.name() if r.random() < 0.5 else self.constant()
        d = depth + 1
        e = self.expr
        kind = r.randrange(27)
        if kind == 0:
            return ast.BoolOp(r.choice([ast.And(), ast.Or()]), [e(d) for _ in range(r.randint(2, 4))])
        if kind == 1:
            return ast.NamedExpr(self.name(ast.Store()), e(d))
        if kind in (2, 3, 4):
            op = r.choice([ast.Add, ast.Sub, ast.Mult, ast.MatMult, ast.Div, ast.Mod, ast.Pow, ast.LShift,
                           ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd, ast.FloorDiv])()
            return ast.BinOp(e(d), op, e(d))
        if kind == 5:
            return ast.UnaryOp(r.choice([ast.Invert, ast.Not, ast.UAdd, ast.USub])(), e(d))
        if kind == 6:
            return ast.Lambda(self.arguments(d), e(d))
        if kind == 7:
            return ast.IfExp(e(d), e(d), e(d))
        if kind == 8:
            n = r.randint(0, 3)
            return ast.Dict([e(d) if r.random() < 0.7 else None for _ in range(n)], [e(d) for _ in range(n)])
        if kind == 9:
            return ast.Set([e(d) for _ in range(r.randint(0, 3))])
        if kind == 10:
            return r.choice([ast.ListComp, ast.SetComp, ast.GeneratorExp])(e(d), [self.comprehension(d) for _ in range(r.randint(1, 2))])
        if kind == 11:
            return ast.DictComp(e(d), e(d), [self.comprehension(d)])
        if kind == 12:
            return ast.Await(e(d))
        if kind == 13:
            return ast.Yield(e(d) if r.random() < 0.7 else None)
        if kind == 14:
            return ast.YieldFrom(e(d))
        if kind == 15:
            n = r.randint(1, 3)
            ops = [r.choice([ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.In, ast.NotIn])() for _ in range(n)]
            return ast.Compare(e(d), ops, [e(d) for _ in range(n)])
        if kind == 16:
            keywords = [ast.keyword(r.choice([None, "key"]), e(d)) for _ in range(r.randint(0, 2))]
            return ast.Call(e(d), [e(d) for _ in range(r.randint(0, 2))], keywords)
        if kind == 17:
            return self.fstring(d)
        if kind == 18:
            return ast.Attribute(e(d), "attr", ast.Load())
        if kind == 19:
            slice_ = r.choice([e(d), ast.Slice(e(d) if r.random() < 0.5 else None, e(d) if r.random() < 0.5 else None,
                                                e(d) if r.random() < 0.3 else None),
                               ast.Tuple([e(d) for _ in range(r.randint(0, 3))], ast.Load())])
            return ast.Subscript(e(d), slice_, ast.Load())
        if kind == 20:
            return ast.Starred(e(d), ast.Load())
        if kind == 21:
            return ast.List([e(d) for _ in range(r.randint(0, 3))], ast.Load())
        if kind in (22, 23):
            return ast.Tuple([e(d) for _ in range(r.randint(0, 3))], ast.Load())
        return self.constant()

    def stmt(self, depth=0):
        r = self.rng
        e = self.expr
        body = lambda: [self.stmt(depth + 1) for _ in range(r.randint(1, 2))] if depth < 2 else [ast.Pass()]
        kind = r.randrange(12)
        if kind == 0:
            return ast.Assign([e() for _ in range(r.randint(1, 2))], e())
        if kind == 1:
            return ast.AugAssign(e(), ast.Add(), e())
        if kind == 2:
            return ast.AnnAssign(self.name(ast.Store()), e(), e() if r.random() < 0.5 else None, r.randint(0, 1))
        if kind == 3:
            return ast.For(e(), e(), body(), body() if r.random() < 0.3 else [])
        if kind == 4:
            return ast.If(e(), body(), r.choice([[], body(), [ast.If(e(), body(), [])]]))
        if kind == 5:
            return ast.With([ast.withitem(e(), e() if r.random() < 0.5 else None) for _ in range(r.randint(1, 2))], body())
        if kind == 6:
            return ast.FunctionDef("f", self.arguments(1), [ast.Expr(ast.Constant(r.choice(self.STRINGS)))] + body(),
                                   [e() for _ in range(r.randint(0, 2))], e() if r.random() < 0.3 else None)
        if kind == 7:
            return ast.ClassDef("C", [e() for _ in range(r.randint(0, 2))], [], body(), [])
        if kind == 8:
            return ast.Return(e() if r.random() < 0.7 else None)
        if kind == 9:
            return ast.Delete([e() for _ in range(r.randint(1, 2))])
        if kind == 10:
            return ast.Assert(e(), e() if r.random() < 0.5 else None)
        return ast.Expr(e())


def write_random_trees():
    """Random trees with ast.unparse's text (one JSON object a line); trees that ast.unparse refuses are left out."""
    trees = RandomTrees(RANDOM_TREES_SEED)
    entries = []
    while len(entries) < RANDOM_TREES:
        tree = ast.fix_missing_locations(ast.Module([trees.stmt() for _ in range(trees.rng.randint(1, 2))], []))
        try:
            text = ast.unparse(tree)
        except ValueError:
            continue
        entries.append({"dump": ast.dump(tree), "unparse": text})
    with open("random_trees.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=True) + "\n")


# Type comments only appear when parsing with type_comments=True, which the parser entry point does not offer:
# this tree checks the other consumers (Dump, Unparse) and completes the coverage of fields.
TYPE_COMMENTS_SOURCE = b"""\
def f(a,  # type: int
      b,
      ):
    # type: (...) -> None
    x = 1  # type: int
    for i in y:  # type: int
        pass
    with a as b:  # type: int
        pass

async def g():  # type: () -> None
    async for i in y:  # type: int
        pass
    async with a:  # type: int
        pass
z = 2  # type: ignore[abc]
w = 3  # type: ignore
"""


def write_type_comments():
    tree = ast.parse(TYPE_COMMENTS_SOURCE, "type_comments", type_comments=True)
    write("type_comments.dump.txt", ast.dump(tree))
    write("type_comments.attrs.txt", ast.dump(tree, include_attributes=True))
    write("type_comments.unparse.txt", ast.unparse(tree))
    return tree


def main():
    os.chdir(HERE)
    warnings.simplefilter("ignore", SyntaxWarning)
    seen_classes = set()
    seen_set = set()    # (class, field) with a non-empty value
    seen_unset = set()  # (class, field) with None or an empty list
    chunks = []

    def record(tree):
        for node in ast.walk(tree):
            cls = type(node).__name__
            seen_classes.add(cls)
            for field in node._fields:
                value = getattr(node, field, None)
                (seen_unset if value is None or value == [] else seen_set).add((cls, field))

    for path in sorted(glob.glob("*.py")):
        if path == os.path.basename(__file__):
            continue
        name = path[:-3]
        source = open(path, "rb").read()
        if name.startswith("error_"):
            try:
                compile(source, path, "exec", ast.PyCF_ONLY_AST)
            except SyntaxError as e:
                write(name + ".error.txt", f"{type(e).__name__}\n{e.msg}\n{e.lineno}\n{e.offset}\n")
                continue
            sys.exit(f"{path}: expected a SyntaxError")
        mode = mode_of(name)
        tree = ast.parse(source, path, mode=mode)
        if mode == "exec" and name not in ("bom", "latin1_coding"):
            chunks.extend(statement_chunks(path, source))
        dump = ast.dump(tree)
        text = ast.unparse(tree)
        again = ast.dump(ast.parse(text, path, mode=mode))
        if again != dump:
            sys.exit(f"{path}: unparse does not round-trip")
        write(name + ".dump.txt", dump)
        write(name + ".attrs.txt", ast.dump(tree, include_attributes=True))
        write(name + ".unparse.txt", text)
        record(tree)

    record(write_type_comments())
    write_corpus(chunks)
    write_random_trees()
    missing = []
    for cls_name, fields in sorted(node_signatures().items()):
        if cls_name not in seen_classes:
            missing.append(f"class {cls_name}")
            continue
        for field, shape in fields.items():
            if (cls_name, field) not in seen_set:
                missing.append(f"{cls_name}.{field} never set")
            if shape == "?" and (cls_name, field) not in seen_unset and (cls_name, field) not in NEVER_NONE:
                missing.append(f"{cls_name}.{field} never None")
    if missing:
        sys.exit("fixtures do not cover:\n  " + "\n  ".join(missing))
    print(f"{len(seen_classes)} node classes, all fields covered")


if __name__ == "__main__":
    main()
