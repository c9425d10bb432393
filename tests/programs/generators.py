def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"

print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = None
    while True:
        received = yield received
        if received == "quit":
            return "bye"

e = echo()
print(next(e), e.send("hello"), e.send(42))
try:
    e.send("quit")
except StopIteration as s:
    print("returned", s.value)

def inner():
    yield 1
    yield 2
    return "inner-result"

def outer():
    result = yield from inner()
    yield result
    yield from [10, 20]

print(list(outer()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

gen = with_finally()
print(next(gen))
gen.close()

def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print("caught in generator:", ex)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))

squares = (x * x for x in range(6))
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["a", "abc", "ab"]))
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [(i, j) for i in range(3) for j in range(i)])
gen2 = (i for i in range(3))
print(iter(gen2) is gen2, type(gen2).__name__)

def gen_in_try():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as k:
            yield "key" + str(k)
print(list(gen_in_try()))
