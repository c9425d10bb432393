# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-last"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("stop value", e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4, 5]], 6], [[7]]])))

def catching_inner():
    try:
        yield 1
    except ValueError as e:
        yield "inner caught " + str(e)
    return "after catch"

def delegator():
    res = yield from catching_inner()
    yield "delegator saw " + res

d = delegator()
print(next(d), d.throw(ValueError("x")), next(d))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
co = closing_outer()
next(co)
co.close()

def ret_only():
    return 42
    yield
def uses_ret():
    v = yield from ret_only()
    yield v
print(list(uses_ret()))

def from_iter():
    r = yield from [1, 2]
    yield ("list result", r)
print(list(from_iter()))

def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def gather(results):
    while True:
        t = yield from accumulate()
        results.append(t)
results = []
gg = gather(results)
next(gg)
for batch in ([1, 2, 3], [10, 20]):
    for v in batch:
        gg.send(v)
    gg.send(None)
print(results)

def stop_value_tuple():
    return (1, 2)
    yield
def wrap():
    r = yield from stop_value_tuple()
    yield r
print(list(wrap()))

def stopiter_value():
    return StopIteration("x")
    yield
def w2():
    r = yield from stopiter_value()
    yield type(r).__name__
print(list(w2()))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
def top():
    r = yield from deep(50)
    yield r
print(list(top()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
def send_to_iter():
    yield from iter([1, 2])
s = send_to_iter()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
