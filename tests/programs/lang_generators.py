# Generators: basic iteration, state, send, throw, close, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count(5)), sum(count(101)), list(count(0)))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            yield "caught " + str(err)
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as err:
    print("propagated", repr(err))
print(next(c, "exhausted"))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print(list(cl))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as err:
    print(type(err).__name__, err)

def ret_early():
    yield 1
    return "done"
    yield 2
print(list(ret_early()))

def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as err:
    print(type(err).__name__, err, repr(err.__cause__))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def states():
    yield 1
s = states()
print(s.gi_running, s.gi_suspended if hasattr(s, "gi_suspended") else "n/a")
next(s)
print(list(s), list(s))

def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref), gen_ref.gi_running)

def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as err:
    print(type(err).__name__, err)

def gen_with_args(a, *rest, k=0):
    yield a
    yield from rest
    yield k
print(list(gen_with_args(1, 2, 3, k=4)))
print(count.__name__, g.__name__, g.__qualname__)
it = iter(count(2))
print(it is iter(it), list(zip(count(3), "abc")))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def throw_type():
    yield 1
tt = throw_type()
try:
    tt.throw(ValueError)
except ValueError as err:
    print("thrown into unstarted:", repr(err))
print(next(tt, "closed after throw"))
