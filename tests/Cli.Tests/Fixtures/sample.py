"""Sample module for the CLI tests: its dumps come from CPython 3.11 (make_dump_fixtures.py)."""
import os.path as osp
from collections import *


@decorator(1, key="v")
class Greeter(Base, metaclass=Meta):
    """Says hello."""
    count: int = 0

    def __init__(self, name, /, greeting="Hello", *args, sep=", ", **kw):
        self.name = name
        self.greeting = f"{greeting!r:>{10}}{sep}"

    async def greet(self, *, loud=False):
        async with lock() as held, other():
            message = "%s, %s — ünïcödé 🐍" % (self.greeting, self.name)
            await notify(message.upper() if loud else message)
        return [c for c in message if c.isalpha() and (n := len(c)) > 0]


def shapes(point):
    match point:
        case (0, 0):
            return "origin"
        case {"x": x, **rest} if x > 0:
            return f"x={x}"
        case Point(x=0, y=_) | [_, *_]:
            return "axis"
        case _:
            return None


try:
    value = 0x_ff + 1_000j - 3.25e-2 ** -2 // 7 @ m
except* (ValueError, TypeError) as group:
    del value
finally:
    lambda *a, k=1, **kw: (yield)
x = b"\x00\xff" if not (a < b <= c is not d) else ...
global_counter = {**defaults, "k": [1, 2][::-1], 3: {4, 5}}
