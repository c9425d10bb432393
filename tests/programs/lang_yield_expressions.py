# yield and await inside arbitrary expressions: evaluation order, short-circuits, augmented assignment.
def echo():
    trace = []
    x = yield
    while x is not None:
        trace.append(x)
        x = (yield x * 2) + 1
    return trace

g = echo()
next(g)
print(g.send(1), g.send(5))
try:
    g.send(None)
except TypeError as e:
    print("TypeError", e)

def order(log):
    def f(tag):
        log.append(tag)
        return tag
    r = f("a") + (yield "first") + f("c") + (yield "second")
    log.append("result " + r)
    yield r

log = []
g = order(log)
print(next(g), g.send("B"), g.send("D"), log)

def accumulate():
    total = 0
    while True:
        total += yield total
g = accumulate()
next(g)
print([g.send(i) for i in range(5)])

class Box:
    def __init__(self):
        self.v = 10
        self.items = [1, 2, 3]
def aug_targets(box):
    box.v -= yield "attr"
    box.items[1] *= yield "item"
    yield (box.v, box.items)
b = Box()
g = aug_targets(b)
print(next(g), g.send(3), g.send(7))

def short_circuit():
    a = (yield "left") or (yield "right")
    b = (yield "cond") if (yield "test") else "no"
    c = 1 < (yield "mid") < 10
    yield a, b, c
g = short_circuit()
print(next(g), g.send(0), g.send(5), g.send(True), g.send("B"), g.send(3))

def in_calls():
    print("call:", max((yield 1), (yield 2), key=lambda v: -v), sep=" ")
    d = {(yield "k"): (yield "v")}
    lst = [*(yield "star"), (yield "last")]
    s = f"{(yield 'fmt')}!"
    yield d, lst, s
g = in_calls()
print(next(g), g.send(8), g.send(9), g.send("key"), g.send("val"), g.send((1, 2)), g.send(3), g.send("x"))

def conditions(values):
    it = iter(values)
    if (yield "check") == "go":
        for x in (yield "source"):
            yield x
    while (yield "again?"):
        yield "looping"
    return "done"
g = conditions([])
print(next(g), g.send("go"), g.send([7, 8]), next(g), next(g), g.send(1), next(g))
try:
    g.send(0)
except StopIteration as e:
    print("returned", e.value)

def returns_yield():
    return (yield "only")
g = returns_yield()
next(g)
try:
    g.send("sent back")
except StopIteration as e:
    print("StopIteration value:", e.value)

def walrus_and_subscript():
    data = {"a": [10, 20]}
    if (n := (yield "n")) > 0:
        yield data["a"][(yield "index")] + n
g = walrus_and_subscript()
print(next(g), g.send(5), g.send(1))

print(list((lambda: (yield 1))()), list((lambda: (yield from "ab"))()))

def nested_try():
    try:
        x = 1 / (yield "denominator")
    except ZeroDivisionError:
        x = (yield "zero!") * 2
    finally:
        print("cleanup")
    yield x
g = nested_try()
print(next(g), g.send(0), g.send(21))

def with_in_generator():
    class CM:
        def __enter__(self):
            return "cm"
        def __exit__(self, *a):
            print("exit", a[0])
    with CM() as a, CM() if (yield "second?") else CM() as b:
        yield a + b
g = with_in_generator()
print(next(g), g.send(True))
g.close()
