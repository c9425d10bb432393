# async: await in expressions, async with/for details, async generator methods, coroutine errors.
import types

@types.coroutine
def pause(tag):
    return (yield tag)

def run(coro, sends=()):
    sends = list(sends)
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value, out

async def value(v):
    return v

async def expressions():
    a = await value(1) + await value(2) * 10
    b = [await value(i) for i in range(0)] if False else None
    c = {"k": await pause("in dict")}
    d = await value(0) or await value("fallback")
    return a, b, c, d
print(run(expressions(), ["sent"]))

class Manager:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return False

async def nested_with(log):
    async with Manager("a", log) as a, Manager("b", log) as b:
        log.append(a + b)
    try:
        async with Manager("c", log):
            raise KeyError("k")
    except KeyError:
        log.append("propagated")
    async with Manager("d", log):
        return "returned from with"
log = []
print(run(nested_with(log)), log)

async def countdown(n):
    while n > 0:
        yield n
        n -= 1
        await pause("tick")

async def loops():
    out = []
    async for i in countdown(3):
        if i == 1:
            break
        out.append(i)
    else:
        out.append("no else after break")
    out.append([i async for i in countdown(4) if i % 2 == 0])
    out.append({i: i * i async for i in countdown(2)})
    return out
print(run(loops()))

async def agen_methods():
    try:
        x = yield "first"
        while True:
            x = yield "got %s" % x
    except ValueError as e:
        yield "caught %s" % e
    finally:
        await pause("finalizing")

async def drive():
    ag = agen_methods()
    out = [await ag.__anext__(), await ag.asend("hello"), await ag.athrow(ValueError("bad"))]
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        out.append("exhausted")
    return out
print(run(drive()))

async def bad_stop():
    raise StopIteration("inner")
try:
    run(bad_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

async def simple():
    return 1
c = simple()
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
print(type(c).__name__, type(c.__await__()).__name__)
print(run(c))

class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    run(use_bad())
except TypeError as e:
    print("TypeError", e)

async def no_aiter():
    items = [1, 2]
    async for x in items:
        pass
try:
    run(no_aiter())
except TypeError as e:
    print("TypeError", e)

class NoAsyncCM:
    pass
async def bad_with():
    async with NoAsyncCM():
        pass
try:
    run(bad_with())
except TypeError as e:
    print("TypeError", e)

for src in ["def f():\n    await x", "async def f():\n    yield from x", "def f():\n    async with x:\n        pass"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

async def closing():
    try:
        await pause("waiting")
    finally:
        print("coroutine finally on close")
c = closing()
c.send(None)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def awaited_elements():
    a = [await value(i) for i in range(4)]
    b = {await value(i % 2) for i in range(5) if i != 3}
    c = [await value((i, j)) for i in range(2) for j in range(i, 3)]
    return a, sorted(b), c
print(run(awaited_elements()))
