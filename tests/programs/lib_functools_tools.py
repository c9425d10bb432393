import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(functools.reduce(max, [], 'empty'))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)

basetwo = functools.partial(int, base=2)
print(basetwo('10110'), basetwo.func is int, basetwo.args, basetwo.keywords)
greet = functools.partial(str.format, '{} and {}', 'x')
print(greet('y'))
nested = functools.partial(functools.partial(max, 3), 9, key=abs)
print(nested(-12), nested.args, repr(nested))


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ('traced', func(*args, **kwargs))
    return wrapper


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(2, 3))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 99), Version(1) >= Version(2))


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=functools.cmp_to_key(compare_len_then_alpha)))


@functools.singledispatch
def describe(obj):
    return f'object {obj!r}'


@describe.register
def _(obj: int):
    return f'int {obj}'


@describe.register(list)
def _(obj):
    return f'list of {len(obj)}'


print(describe(5), describe(True), describe([1, 2]), describe('s'), describe(2.5))
