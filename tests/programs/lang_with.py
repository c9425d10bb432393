# with statements: multiple items, suppression, exceptions inside, return inside.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("oops")
    print("not reached")
print("after suppression")

try:
    with CM("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def returns():
    with CM("ret"):
        return "returned value"
print(returns())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

with CM("s1", suppress=True), CM("s2"):
    1 / 0
print("after multi suppression")

class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.exc = exc[0]
        return False
t = Tracker()
try:
    with t:
        int("x")
except ValueError:
    pass
print(t.exc.__name__)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), EnterFails():
        print("never body")
except RuntimeError as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

with CM("tuple") as (a, *b):
    print(a, b)
target = {}
with CM("sub") as target["k"]:
    pass
print(target)

with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)

class Reuse:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reuse()
with r as d1:
    with r as d2:
        print(d1, d2, r.depth)
print(r.depth)
import io
buf = io.StringIO()
with buf:
    buf.write("x")
print(buf.closed)
