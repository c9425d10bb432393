#!/usr/bin/env python3
"""Regenerates syntax_errors.json from CPython 3.11 (run from anywhere with python3).

Source cases: files that CPython rejects (ast_parse_rejects tells whether ast.parse does, or only compile()), with the SyntaxError fields compile() gives and the exact stderr of
`python3 FILE` (the script path replaced by {path}). Display cases: SyntaxError objects with chosen fields,
shown by CPython's default exception display (sys.__excepthook__), for corners sources rarely reach.
"""
import ast
import base64
import json
import os
import subprocess
import sys
import tempfile

SOURCES = {
    "invalid_syntax": b"x = 1\ny = 2\ndef f(:\n    pass\n",
    "expected_indented_block": b"if x:\npass\n",
    "never_closed": b"x = (1 +\n",
    "generator_must_be_parenthesized": b"f(a for a in b, c)\n",
    "unexpected_indent_tab": b"\tx = 1 +\n",
    "unexpected_indent_mixed": b"   \t\tfoo(  x y   )\n",
    "non_ascii_before_caret": b's = "h\xc3\xa9llo" ++ 3 4\n',
    "non_ascii_indented": b'if True:\n    x = "\xc3\xa9\xc3\xa9" + 1 2\n',
    "cjk_name": b"\xe4\xb8\xad = 1 2\n",
    "tab_error": b"if 1:\n\tx=1\n        y=2\n",
    "tab_inside_line": b"x = 1\tif y else\n",
    "unindent_mismatch": b"class A:\n    def f(self):\n        return\n  x = 1\n",
    "forgot_comma": b"x = (1,\n     2 3)\n",
    "range_over_two_lines": b"foo(\n1) = 3\n",
    "range_over_two_lines_indented": b"x = (\n  1 +\n  2 3)\n",
    "print_statement": b"print 'hello'\n",
    "unterminated_string": b"x = 'abc\n",
    "unterminated_triple_quoted": b'a = """abc\n\n',
    "unmatched_paren_no_newline": b"x = )",
    "form_feed_indent": b"\x0cx = 1 2\n",
    "fstring_expression": b'f"{a b}"\n',
    "bom": b"\xef\xbb\xbfx = 1 2\n",
    "expected_colon": b"for x in range(10):\n    pass\nelse\n",
    "trailing_space": b"a = 1\nb = \n",
    "duplicate_argument": b"def f(x, x): pass\n",
    "line_continuation": b"x = 1 +\\\n  2 3\n",
}

DISPLAYS = {
    # name: (class, msg, lineno, offset, text, end_lineno, end_offset)
    "offset_past_end": ("SyntaxError", "invalid syntax", 1, 40, "x = 1\n", 1, 41),
    "end_before_start": ("SyntaxError", "invalid syntax", 1, 5, "x = 1 2\n", 1, 3),
    "zero_offset": ("SyntaxError", "invalid syntax", 2, 0, "  pass\n", 2, 0),
    "end_offset_past_end": ("SyntaxError", "bad", 1, 3, "abc\n", 1, 90),
    "embedded_newlines": ("SyntaxError", "bad", 1, 9, "  ab\n  cd efg\n", 1, 11),
    "no_trailing_newline": ("SyntaxError", "bad", 1, 2, "  xyz", 1, 4),
    "empty_message": ("SyntaxError", "", 3, 1, "x\n", 3, 2),
    "no_line_number": ("SyntaxError", "Non-UTF-8 code starting with '\\xff'", 0, 0, None, 0, 0),
    "no_text": ("IndentationError", "too many levels of indentation", 7, 1, None, 7, 2),
    "whitespace_only_text": ("SyntaxError", "bad", 1, 3, "   \n", 1, 4),
    "tab_error_display": ("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "    \ty = 2\n", 3, 0),
    "wide_range": ("SyntaxError", "bad", 1, 2, "a + b + c\n", 1, 10),
    "indentation_error_range_shows_one_caret": ("IndentationError", "m", 1, 2, "abcdef\n", 1, 5),
    "tab_error_range_shows_one_caret": ("TabError", "m", 1, 2, "abcdef\n", 1, 5),
}

DISPLAY_SCRIPT = r"""
import json, sys
cls, msg, lineno, offset, text, end_lineno, end_offset = json.loads(sys.argv[1])
err = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}[cls]
# An error without a line has no location at all (as CPython's decoding errors of a script file).
e = err(msg, ("{path}", lineno, offset, text, end_lineno, end_offset)) if lineno else err(msg)
sys.__excepthook__(type(e), e, None)
"""


def main():
    out = {"python": sys.version.split()[0], "sources": [], "displays": []}
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in SOURCES.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "wb") as f:
                f.write(src)
            try:
                compile(src, path, "exec")
                raise SystemExit(f"{name}: CPython accepts it")
            except SyntaxError as e:
                fields = {"class": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "text": e.text, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
            try:
                ast.parse(src)
                parse_error = False  # only the compiler rejects it (e.g. symbol table errors)
            except SyntaxError:
                parse_error = True
            r = subprocess.run([sys.executable, path], capture_output=True)
            out["sources"].append({
                "name": name,
                "ast_parse_rejects": parse_error,
                "source_base64": base64.b64encode(src).decode(),
                "error": fields,
                "exit_code": r.returncode,
                "stderr": r.stderr.decode("utf-8").replace(path, "{path}"),
            })
    for name, fields in DISPLAYS.items():
        r = subprocess.run([sys.executable, "-c", DISPLAY_SCRIPT, json.dumps(fields)], capture_output=True)
        keys = ("class", "msg", "lineno", "offset", "text", "end_lineno", "end_offset")
        out["displays"].append({"name": name, "error": dict(zip(keys, fields)), "stderr": r.stderr.decode("utf-8")})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "syntax_errors.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
