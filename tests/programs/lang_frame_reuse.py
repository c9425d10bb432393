# Calls that run one after another reuse the same kind of frame: nothing a finished
# call left behind (locals, closures, caught exceptions, tracebacks) may change.
import sys
import types


def make_counter(start):
    count = start

    def step():
        nonlocal count
        count += 1
        return count
    return step


def snapshot(a, b=2, *rest, **named):
    c = a + b
    return locals()


def fails(n):
    if n == 0:
        raise ValueError("bottom")
    return fails(n - 1)


def catches(n):
    try:
        fails(n)
    except ValueError as e:
        caught = e
    return caught


def lines_of(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    return out


def unbound_after_reuse(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def gen(n):
    for i in range(n):
        yield i * i


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


counters = [make_counter(10 * k) for k in range(3)]
print([c() for c in counters], [c() for c in counters])
first = snapshot(1)
second = snapshot(5, 6, 7, 8, key="v")
print(sorted(first.items()), sorted(second.items(), key=str))
errors = [catches(k) for k in range(4)]
print([str(e) for e in errors])
print([lines_of(e.__traceback__) for e in errors[:2]])
print(unbound_after_reuse(True), "|", unbound_after_reuse(False), "|", unbound_after_reuse(True))
print(depth(50), depth(3), depth(900))
g1, g2 = gen(4), gen(3)
print(next(g1), next(g2), list(g1), list(g2))
p = Point(1, 2)
for _ in range(5):
    p = p.moved(3)
print(p.x, p.y)
other_globals = {"__builtins__": __builtins__, "depth": lambda n: -1}
alien = types.FunctionType(depth.__code__, other_globals, "alien")
print(alien(1), depth(1), alien(0), depth(2))
try:
    snapshot()
except TypeError as e:
    print(e)
print(snapshot(b=1, a=2)["c"], snapshot(3)["rest"], snapshot(3)["named"])
