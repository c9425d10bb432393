# async def / await / async for / async with driven by coroutine.send(None).
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

def run(coro):
    steps = []
    try:
        value = None
        while True:
            yielded = coro.send(value)
            steps.append(yielded)
            value = "resumed-" + str(yielded)
    except StopIteration as e:
        return e.value, steps

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await suspend("pause-1")
    z = await suspend("pause-2")
    return x, y, z

print(run(main()))
c = add(5, 6)
print(type(c).__name__)
print(run(c))

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await suspend("tick %d" % self.i)
        return self.i * 10

async def use_for():
    got = []
    async for v in Ticker(3):
        got.append(v)
    else:
        got.append("else")
    return got
print(run(use_for()))

class Resource:
    async def __aenter__(self):
        await suspend("opening")
        print("entered")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        await suspend("closing")
        print("exited", et.__name__ if et else None)
        return True

async def use_with():
    async with Resource() as r:
        print("using", r)
        raise ValueError("suppressed")
    return "after with"
print(run(use_with()))

async def agen(n):
    for i in range(n):
        await suspend("agen step %d" % i)
        yield i * i

async def consume():
    out = [v async for v in agen(3)]
    out2 = []
    async for v in agen(2):
        out2.append(v)
    return out, out2
print(run(consume()))

async def raiser():
    await suspend("before raise")
    raise KeyError("async error")

async def catcher():
    try:
        await raiser()
    except KeyError as e:
        return "caught " + repr(e)
print(run(catcher()))

async def awaiting_list():
    results = []
    for i in range(3):
        results.append(await add(i, i))
    return results
print(run(awaiting_list()))

class Awaitable:
    def __await__(self):
        v = yield "custom await"
        return "await result " + v
async def use_awaitable():
    return await Awaitable()
print(run(use_awaitable()))

co = main()
print(co.send(None))
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
co2 = main()
print(co2.send(None))
try:
    co2.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)

async def not_awaitable():
    await 5
try:
    run(not_awaitable())
except TypeError as e:
    print(type(e).__name__, e)
done = add(1, 1)
run(done)
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(add.__name__, type(agen(1)).__name__)
ag = agen(1)
step = ag.__anext__()
print(type(step).__name__ in ("async_generator_asend", "coroutine"), step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
async def ret_none():
    pass
print(run(ret_none()))
