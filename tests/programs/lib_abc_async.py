# collections.abc async classes: coroutine methods, async for over user classes, abstract checks.
from collections.abc import AsyncIterator, AsyncGenerator, AsyncIterable
class Count(AsyncIterator):
    def __init__(self, n): self.i, self.n = 0, n
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
class Gen(AsyncGenerator):
    def __init__(self): self.v = 0
    async def asend(self, value):
        self.v += 1
        if self.v > 2: raise StopAsyncIteration
        return self.v
    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration
async def main():
    out = [x async for x in Count(3)]
    g = Gen()
    out2 = [x async for x in g]
    await g.aclose()
    return out, out2
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
co = AsyncIterator.__anext__(Count(0))
print(type(co).__name__, isinstance(Count(1), AsyncIterable))
co.close()
async def agen():
    yield 1
print(isinstance(agen(), AsyncGenerator), issubclass(Count, AsyncGenerator))
try:
    AsyncIterator()
except TypeError as e:
    print(e)
