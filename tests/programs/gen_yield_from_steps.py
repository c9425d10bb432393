# yield from over sequence iterators and generators, with send/throw/close arriving after some plain steps,
# and generator bodies whose set-up statements run before the loop that suspends (or return early).
def inner():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(x)
    except GeneratorExit:
        print("inner closed after", got)
        raise
    finally:
        print("inner finally")


def outer_seq(items):
    yield from items
    yield "end"


def outer_gen():
    r = yield from inner()
    print("never", r)


def returns():
    yield 1
    return "result"


def takes_result():
    r = yield from returns()
    yield r


print(list(outer_seq((1, 2, 3))), list(outer_seq([])), list(outer_seq("ab")))
g = outer_seq([1, 2, 3])
print(next(g), next(g))
try:
    g.send(5)
except AttributeError as e:
    print("send to list iterator:", e)
g = outer_seq(iter([1, 2, 3]))
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown through:", e)
print(list(g))

g = outer_gen()
print(next(g), next(g), g.send("a"), g.send("b"), g.send(None))
g.close()
print(list(takes_result()))


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


def over_custom():
    r = yield from Counter(3)
    yield ("result", r)


print(list(over_custom()))


def setup_then_loop(n):
    total = 0
    if n < 0:
        return
    step = 2
    while total < n:
        yield total
        total += step


print(list(setup_then_loop(7)), list(setup_then_loop(-1)))


def setup_raises():
    x = 1 // 0
    yield x


try:
    list(setup_raises())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def nested():
    for i in range(3):
        yield from (i, i * 10)
    yield from range(2)
    yield from takes_result()


print(list(nested()))
print(sum(x for x in range(10) if x % 2), [y for y in (z * 2 for z in range(4))])
