import os
import os.path as osp, sys
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent
from ...pkg.mod import thing as other
from .mod import (a, b as c,)
from __future__ import annotations
import a.b.c

x = 1
x: int
y: int = 2
(z): int = 3
obj.attr: str = 'v'
obj.attr2: list[int]
items[0]: float = 1.0
w, = [1]
del x
del y, z
del obj.attr, items[0], (a, b), [c]
assert x
assert x, 'message'
assert (x, y)
pass

if x:
    pass
if x:
    pass
else:
    pass
if x:
    a = 1
elif y:
    a = 2
elif z:
    a = 3
else:
    a = 4
if x:
    pass
else:
    if y:
        pass
    b = 1
if x:
    pass
else:
    if y:
        pass
    else:
        pass

while x:
    break
while True:
    continue
else:
    pass

for i in range(10):
    if i:
        continue
    break
else:
    pass
for i, j in pairs:
    pass
for (i, j) in pairs:
    pass
for [i, j] in pairs:
    pass
for i in 1, 2, 3:
    pass
for i in (yield_ for yield_ in x):
    pass
for *i, j in pairs:
    pass

with open('f') as f:
    pass
with open('a') as a, open('b') as b:
    pass
with lock:
    pass
with (open('a') as a, open('b')):
    pass
with ctx() as (p, q):
    pass
with ctx() as [p, q]:
    pass
with ctx() as obj.attr:
    pass
with (yield_):
    pass

def outer():
    global g1, g2
    v = 0

    def inner():
        nonlocal v
        v += 1
        return v
    return inner

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 1
    z = yield from range(3)
    await_ = (yield)
    print((yield))
    return (yield)

def ret():
    return
    return 1
    return 1, 2
    return (1, 2)
    return *a, b

raise
raise ValueError
raise ValueError('x') from None
raise ValueError from err
x = 1; y = 2; z = 3
if x: pass
while x: break
lst = [
    1,
    2,
]
