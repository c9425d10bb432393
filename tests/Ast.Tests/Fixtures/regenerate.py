"""Writes the expected outputs of the fixtures next to them, using the running python3 (CPython 3.11).

For each NAME.py: NAME.dump.txt (ast.dump), NAME.attrs.txt (ast.dump with include_attributes=True) and
NAME.unparse.txt (ast.unparse); for sources CPython rejects (error_*.py): NAME.error.txt with the exception class,
message, line and offset, one per line. The parse mode comes from the name: mode_eval.py, mode_single.py and
mode_func_type.py use those modes, everything else is a module. The tests only read the written files.

Also checks that the valid fixtures together use every node class and every field of the ast module, and that
unparsing gives back the same tree.
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

# Only produced when parsing with type_comments=True, which the parser entry point does not offer.
NOT_PRODUCED = {
    ("TypeIgnore", None),
    ("Module", "type_ignores"),
    ("FunctionDef", "type_comment"), ("AsyncFunctionDef", "type_comment"), ("Assign", "type_comment"),
    ("For", "type_comment"), ("AsyncFor", "type_comment"), ("With", "type_comment"),
    ("AsyncWith", "type_comment"), ("arg", "type_comment"),
}
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


def main():
    os.chdir(HERE)
    warnings.simplefilter("ignore", SyntaxWarning)
    seen_classes = set()
    seen_set = set()    # (class, field) with a non-empty value
    seen_unset = set()  # (class, field) with None or an empty list
    chunks = []
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
        for node in ast.walk(tree):
            cls = type(node).__name__
            seen_classes.add(cls)
            for field in node._fields:
                value = getattr(node, field, None)
                (seen_unset if value is None or value == [] else seen_set).add((cls, field))

    write_corpus(chunks)
    missing = []
    for cls_name, fields in sorted(node_signatures().items()):
        if cls_name not in seen_classes:
            if (cls_name, None) not in NOT_PRODUCED:
                missing.append(f"class {cls_name}")
            continue
        for field, shape in fields.items():
            if (cls_name, field) in NOT_PRODUCED:
                continue
            if (cls_name, field) not in seen_set:
                missing.append(f"{cls_name}.{field} never set")
            if shape == "?" and (cls_name, field) not in seen_unset and (cls_name, field) not in NEVER_NONE:
                missing.append(f"{cls_name}.{field} never None")
    if missing:
        sys.exit("fixtures do not cover:\n  " + "\n  ".join(missing))
    print(f"{len(seen_classes)} node classes, all fields covered")


if __name__ == "__main__":
    main()
