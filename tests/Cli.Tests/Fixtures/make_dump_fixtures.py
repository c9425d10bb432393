#!/usr/bin/env python3
"""Regenerates sample.dump.txt and sample.dump_attributes.txt from CPython 3.11's ast module."""
import ast
import os

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "sample.py"), "rb") as f:
    tree = ast.parse(f.read())
for name, text in (("sample.dump.txt", ast.dump(tree)),
                   ("sample.dump_attributes.txt", ast.dump(tree, include_attributes=True))):
    with open(os.path.join(here, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")
