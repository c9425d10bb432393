def no_args():
    pass

def positional(a, b, c=1, d=2):
    pass

def pos_only(a, b=1, /, c=2, *, d, e=3, **kwargs):
    pass

def only_pos(a, /):
    pass

def pos_only_defaults(a=1, b=2, /):
    pass

def var_args(*args, **kwargs):
    pass

def kw_only(*, a, b=1, c):
    pass

def star_then_kw(*args, key=None):
    pass

def annotated(a: int, b: 'str' = 'x', *args: tuple, c: list[int] = [], **kw: dict) -> None:
    pass

def returns_complex() -> dict[str, list[int | None]]:
    return {}

def defaults_exprs(a=1 + 2, b=(1, 2), c=lambda: 0, d=[x for x in ()]):
    pass

@decorator
def decorated():
    pass

@decorator.attr
@decorator_factory(1, key='v')
@(lambda f: f)
@a[0].b
@x if y else z
@(yield_ := named)
def many_decorators():
    pass

async def coroutine(x) -> "Awaitable[int]":
    await x
    await x.y()
    r = await x
    r = (await x) + 1
    r = await x ** 2
    r = -(await x)
    async for item in aiter_:
        pass
    else:
        pass
    async with lock as held, other:
        pass
    results = [await y async for y in x]
    gen = (y async for y in x if await y)
    setc = {y async for y in x}
    dictc = {y: z async for y, z in x}
    return await x

@decorator
async def decorated_coroutine():
    yield 1

class Empty:
    pass

class WithBases(Base, metaclass=Meta):
    attr = 1

    def method(self):
        return self.attr

    @staticmethod
    def static():
        pass

    @property
    def prop(self):
        return 1

    class Nested:
        pass

class Keywords(**options):
    pass

class StarBases(*bases, Other):
    pass

@dataclass(frozen=True)
class Decorated:
    x: int
    y: int = 0

class Generic(Base[int], dict[str, int]):
    pass

def lambda_body():
    return lambda *a, **k: (a, k)

def closure():
    x = 1

    def inner():
        nonlocal x
        global y
        x = y = 2
    inner()
