#!/usr/bin/env python3
"""Writes ParserCases.json: small sources per construct with CPython 3.11's ast.dump (with positions), and
rejected sources with CPython's error class, message, line and offset. Run with CPython 3.11:

    python3 tests/Ast.Tests/Parsing/make_cases.py

The tests (ParserCaseTests.cs) only read the JSON, so they run without python3.
"""
import ast
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "the expected outputs are CPython 3.11's"
warnings.simplefilter("ignore")

VALID = {
    # literals
    "int_forms": "a = 0; b = 0x_ff; c = 0o17; d = 0B1010; e = 1_000; f = 123456789012345678901234567890\n",
    "float_forms": "a = 1.5; b = .5; c = 5.; d = 1e10; e = 1_0.0_1e-1_0; f = 1e400; g = 0e0\n",
    "imaginary": "a = 1j; b = 1.5J; c = 1e3j; d = 0j\n",
    "string_prefixes": "a = 'x'; b = \"x\"; c = r'\\d'; d = b'x'; e = u'x'; f = Rb'\\n'; g = bR'x'; h = rB''; i = U'u'\n",
    "triple_quoted": "a = '''x\ny'''\nb = \"\"\"\n\"\"\"\n",
    "escapes": "a = '\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\0\\101\\x41\\u0041\\U00000041\\N{BULLET}\\N{latin small letter a}\\q'\n",
    "bytes_escapes": "a = b'\\x00\\xff\\777\\n\\q\\u1234'\n",
    "line_continuation_in_string": "a = 'x\\\ny'\n",
    "implicit_concatenation": "a = 'x' \"y\" '''z'''\nb = b'x' b'y'\nc = u'x' 'y'\nd = 'x' u'y'\n",
    "constants": "a = None; b = True; c = False; d = ...\n",
    # f-strings
    "fstring_basic": "a = f'x{y}z'\nb = f''\nc = f'{{}}{x!r}{x!s}{x!a}'\n",
    "fstring_format_spec": "a = f'{x:>10}{y:{w}.{p}f}{z:}'\n",
    "fstring_debug": "a = f'{x=}{y = }{z=!s}{w=:>4}'\n",
    "fstring_concat": "a = 'p' f'{x}' 'q' f'r{y}'\nb = u'k' f'{z}'\n",
    "fstring_nested_quotes": "a = f\"{x['k']}\" f'{\"s\"}' f'''{\"\"\"t\"\"\"}'''\n",
    "fstring_multiline": "a = (f'{x}'\n     f'''y\n {z}''')\nb = f'''\n{\nw}'''\n",
    "fstring_tuple_field": "a = f'{x,}{y, z}'\n",
    "fstring_raw": "a = rf'\\d{x}' fr'\\N{y}'\nb = f'\\N{BULLET} {x}'\n",
    "fstring_nested": "a = f'{f\"{x}\"}'\n",
    # expressions
    "operators": "a = -x + +y * ~z ** 2 // 3 % 4 @ m - n << 1 >> 2 & 3 ^ 4 | 5\n",
    "power_right_assoc": "a = 2 ** -3 ** 4\n",
    "comparisons": "a = x < y <= z > w >= v == u != t in s not in r is q is not p\n",
    "boolean": "a = x and y or not z and not not w\n",
    "conditional": "a = x if y else z if w else v\n",
    "lambda": "f = lambda: 0\ng = lambda a, b=1, /, c=2, *d, e, f=3, **g: a\nh = lambda *, k: k\n",
    "walrus": "if (n := len(a)) > 10: pass\nprint(y := 1)\nz = [y := f(x), y**2]\n",
    "calls": "f()\nf(a, *b, c=1, **d)\nf(x for x in y)\nf(*a, *b, **c, **d)\nf(a)(b)(c)\n",
    "subscripts": "a[1]; a[1:2]; a[::3]; a[:]; a[1:2, 3]; a[...]; a[*b]; a[b, *c]; a[x:=1]\n",
    "attributes": "a.b.c; (a).b; a().b[c].d\n",
    "parenthesized": "a = (x); b = ((x)); c = (x) + (y); d = (yield)\n",
    "tuples": "a = (); b = 1,; c = (1,); d = 1, 2; e = (1, 2)\n",
    "lists_sets_dicts": "a = []; b = [1, *c]; d = {1, *e}; f = {}; g = {1: 2, **h, 3: 4}\n",
    "comprehensions": "a = [x for x in y if x if z for w in x]\nb = {x for x in y}\nc = {k: v for k, v in d}\ne = (x async for x in y)\n",
    "starred": "a = *b, c\n*a, b = c\n[a, *b] = c\nfor *x, y in z: pass\n",
    "await_yield": "async def f():\n    await x\n    y = await z\n\ndef g():\n    yield\n    yield x\n    yield from y\n    z = yield 1, 2\n",
    # statements
    "assignments": "a = b = c\na.b = 1\na[0] = 1\n(a) = 1\na, b = c\n[a, b] = c\n",
    "aug_assign": "a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a >>= 1; a <<= 1; a &= 1; a ^= 1; a |= 1; a @= 1\n",
    "ann_assign": "a: int\nb: int = 1\n(c): int = 2\nd.e: int\nf[0]: int = 3\ng: list = yield\n",
    "simple_statements": "pass; del a, b[0], c.d; assert x, 'm'; raise; raise E; raise E from F\nglobal a, b\nnonlocal c\n",
    "imports": "import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. import y as z\nfrom ...a import *\nfrom a.b import (c, d as e,)\n",
    "if_elif_else": "if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    pass\n",
    "loops": "while a:\n    break\nelse:\n    continue\nfor x in y:\n    pass\nelse:\n    pass\nasync def f():\n    async for x in y: pass\n",
    "with": "with a: pass\nwith a as b, c as (d, e): pass\nwith (a as b, c): pass\nwith (a, b): pass\nwith (a) as b: pass\nwith (yield): pass\nasync def f():\n    async with a: pass\n",
    "try": "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try_star": "try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as g:\n    pass\n",
    "functions": "@d\n@d.e(1)\n@x[0] or y\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw: dict) -> None:\n    '''doc'''\n    return a\n\nasync def g(*, a): return\n",
    "star_annotation": "def f(*args: *Ts): pass\n",
    "classes": "@dec\nclass A(B, C, metaclass=M, **kw):\n    x = 1\n    def f(self): pass\n\nclass D: pass\nclass E(): pass\n",
    "semicolon_end": "def f():\n    x = 1;\n",
    "nested_blocks": "if a:\n    if b:\n        pass\n    else:\n        pass\n\n# comment\n\nx = 1\n",
    "line_continuation": "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
    "tabs_and_spaces": "if a:\n\tif b:\n\t\tpass\n",
    "soft_keywords_as_names": "match = 1\ncase = 2\n_ = 3\nmatch.x = 4\nmatch(x)\nmatch[x]\n",
    # match
    "match_literals": "match x:\n    case 1 | -2 | 3.0 | 1+2j | -1-2j | 'a' 'b' | b'c' | None | True | False:\n        pass\n",
    "match_captures": "match x:\n    case a:\n        pass\n    case _:\n        pass\n    case (a as b) | [c as d]:\n        pass\n",
    "match_sequences": "match x:\n    case [a, *rest, b]:\n        pass\n    case (a, *_):\n        pass\n    case a, b:\n        pass\n    case []:\n        pass\n    case ():\n        pass\n    case (a):\n        pass\n    case (a,):\n        pass\n",
    "match_mappings": "match x:\n    case {'a': 1, b.c: d, **rest}:\n        pass\n    case {}:\n        pass\n    case {None: x, -1: y, 1+2j: z}:\n        pass\n",
    "match_classes": "match x:\n    case Point(x=0, y=0):\n        pass\n    case a.b.C(1, 2, k=3):\n        pass\n    case D():\n        pass\n    case A.B:\n        pass\n",
    "match_guard_subject": "match x, *y:\n    case [a, b] if a > b:\n        pass\nmatch (x):\n    case 1: pass\n",
    # non-ASCII and layout
    "unicode_identifiers": "café = 1\n日本 = 'にほん'\nﬁle = 2\n𝔘𝔫𝔦 = 3\ne\u0301 = 4\n",
    "unicode_columns": "x = 'é' + f'{y}€{z}'\n",
    "crlf": "a = 1\r\nif a:\r\n    b = 2\r\n",
    "no_final_newline": "x = 1",
    "blank_and_comment_lines": "\n\n# c\n   # indented comment\nx = 1\n\n    \n",
}

EVAL = {"eval_mode": "x + 1\n"}
FUNC_TYPE = {"func_type_mode": "(int, *str, **dict) -> list[int]"}
SINGLE = {"single_mode": "x = 1\n"}

ERRORS = {
    "err_invalid_syntax": "a b\n",
    "err_unexpected_indent": "x = 1\n  y = 2\n",
    "err_expected_indent": "if x:\npass\n",
    "err_expected_indent_def": "def f():\nreturn\n",
    "err_unindent": "if x:\n    a\n  b\n",
    "err_tab": "if x:\n\ta\n        b\n",
    "err_too_deep": "".join("    " * i + "if x:\n" for i in range(101)) + "    " * 101 + "pass\n",
    "err_expected_colon": "if x\n    pass\n",
    "err_unterminated": "x = 'abc\n",
    "err_unterminated_triple": "x = '''abc\n\n",
    "err_never_closed": "x = (1,\ny = 2\n",
    "err_never_closed_eof": "foo(a, b",
    "err_unmatched": "x = 1)\n",
    "err_mismatched": "x = (1, 2]\n",
    "err_invalid_character": "x = €\n",
    "err_nonprintable": "x = \x1e\n",
    "err_invalid_decimal": "x = 1abc\n",
    "err_leading_zeros": "x = 0777\n",
    "err_hex": "x = 0x\n",
    "err_binary_digit": "x = 0b2\n",
    "err_assign_literal": "1 = 2\n",
    "err_assign_call": "f() = 1\n",
    "err_assign_call_chain": "x = f() = 1\n",
    "err_assign_in_tuple": "(a, f()) = 1\n",
    "err_assign_yield": "a = yield = 1\n",
    "err_assign_keyword": "True = 1\n",
    "err_del_call": "del f()\n",
    "err_for_target": "for f() in x: pass\n",
    "err_with_target": "with a as f(): pass\n",
    "err_augassign_tuple": "a, b += 1\n",
    "err_annotate_tuple": "(a, b): int\n",
    "err_walrus_attribute": "(a.b := 1)\n",
    "err_if_assign": "if x = 1: pass\n",
    "err_comprehension_target": "[x, y for x in z]\n",
    "err_genexp_argument": "f(a for a in b, c)\n",
    "err_positional_after_keyword": "f(a=1, b)\n",
    "err_unpacking_order": "f(**a, *b)\n",
    "err_default_order": "def f(a=1, b): pass\n",
    "err_bare_star": "def f(*): pass\n",
    "err_missing_comma": "print(a b)\n",
    "err_print_statement": "print 'x'\n",
    "err_mix_bytes": "x = 'a' b'c'\n",
    "err_bytes_non_ascii": "x = b'\xe9'\n",
    "err_unknown_name": "x = '\\N{no such name}'\n",
    "err_truncated_escape": "x = '\\x4'\n",
    "err_fstring_conversion": "f'{x!z}'\n",
    "err_fstring_empty": "f'{}'\n",
    "err_fstring_backslash": "f'{\\n}'\n",
    "err_fstring_hash": "f'{x#}'\n",
    "err_fstring_single_brace": "f'}'\n",
    "err_fstring_syntax": "x = f'{a b}'\n",
    "err_try_without_handler": "try:\n    pass\nx = 1\n",
    "err_except_mixed": "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
    "err_except_comma": "try:\n    pass\nexcept A, B:\n    pass\n",
    "err_if_without_else": "x = a if b\n",
    "err_dict_colon": "{a: 1, b}\n",
    "err_lone_backslash": "x = 1 \\",
    "err_continuation_char": "x = 1 \\ 2\n",
    "err_import_trailing_comma": "from x import a,\n",
    "err_match_star": "match x:\n case *a: pass\n",
    "err_complex_pattern": "match x:\n case 1j+1: pass\n",
    "err_def_paren": "def f:\n    pass\n",
    "err_unicode_name_char": "a\u00b7\u20ac = 1\n",
    "err_forced_colon_def": "def f() x:\n    pass\n",
    "err_forced_colon_try": "try x:\n    pass\n",
    "err_colon_at_comment": "if x  # c\n    pass\n",
    "err_string_error_position": "x = '\\u12' + 1\n",
    "err_invalid_syntax_at_comment": "x = 1 +  # c\n",
    "err_end_of_input": "@x\n\n\n",
    "err_indented_block_at_end": "class A:\n",
    "err_unexpected_unindent": "class A:\n    @x\n",
    "err_continuation_after_string": "x = [a for a 'b' \\c]\n",
    "err_print_expression": "print x y\n",
    "err_tokenizer_error_wins": "a b\n1abc\n",
    "err_unclosed_earlier_line": "a = (\nb c\n",
    "err_unclosed_same_line": "def f(:\n",
    "err_unpacking_in_dict_comp": "{**x for x in y}\n",
    "err_dict_value_missing": "{'a': }\n",
    "err_augassign_bad_rhs": "a*b -= -= 1\n",
    "err_non_printable": "x = \u00ad\n",
    "err_too_deep_tree": "x = " + "-" * 5000 + "1\n",
}
BYTE_ERRORS = {
    "err_null_byte": b"a\x00b\n",
    "err_invalid_utf8_name": b"va\xf9l = 1\n",
    "err_invalid_utf8_string": b"x = '\xff'\n",
    "err_unknown_encoding": b"# coding: nonesuch\nx = 1\n",
    "err_bom_with_latin1": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
}
BYTE_VALID = {
    "latin1_declaration": b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    "coding_on_line_2": b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n",
    "bom": b"\xef\xbb\xbfx = 1\n",
    "invalid_utf8_in_comment": b"x = 1  # \xff\xfe\n",
}


def dump_case(name, source, mode):
    tree = ast.parse(source, mode=mode)
    return {"name": name, "source": source.decode("latin-1") if isinstance(source, bytes) else source,
            "bytes": isinstance(source, bytes), "mode": mode,
            "dump": ast.dump(tree), "attrs": ast.dump(tree, include_attributes=True)}


def error_case(name, source):
    try:
        ast.parse(source)
    except RecursionError as e:
        return {"name": name, "source": source, "bytes": False, "kind": "RecursionError", "msg": str(e),
                "lineno": None, "offset": None}
    except SyntaxError as e:
        return {"name": name, "source": source.decode("latin-1") if isinstance(source, bytes) else source,
                "bytes": isinstance(source, bytes), "kind": type(e).__name__, "msg": e.msg,
                "lineno": e.lineno, "offset": e.offset}
    raise AssertionError(f"{name} is accepted by CPython")


cases = [dump_case(n, s, "exec") for n, s in VALID.items()]
cases += [dump_case(n, s, "eval") for n, s in EVAL.items()]
cases += [dump_case(n, s, "func_type") for n, s in FUNC_TYPE.items()]
cases += [dump_case(n, s, "single") for n, s in SINGLE.items()]
cases += [dump_case(n, s, "exec") for n, s in BYTE_VALID.items()]
errors = [error_case(n, s) for n, s in ERRORS.items()] + [error_case(n, s) for n, s in BYTE_ERRORS.items()]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ParserCases.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"valid": cases, "errors": errors}, f, ensure_ascii=True, indent=1)
print(f"wrote {len(cases)} valid and {len(errors)} error cases to {out}")
