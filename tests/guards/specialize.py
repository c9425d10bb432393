# PEP 510 through fat.specialize: argument checks, the order in which versions are tried, removal of versions
# whose guard answers 2, __code__ replacement, callable versions, argument binding, get_specialized.
import fat


def raises(exc, message, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        assert str(e) == message, (str(e), message)
    else:
        raise AssertionError("no %s: %s" % (exc.__name__, message))


class Switch(fat._Guard):
    pass


def always():
    return fat.GuardArgType(0, [int, str, float, list, type(None)])


def func(x):
    return 'original'

def fast1(x):
    return 'fast1'

def fast2(x):
    return 'fast2'

# order: the oldest passing version wins
fat.specialize(func, fast1, [fat.GuardArgType(0, [int])])
fat.specialize(func, fast2, [fat.GuardArgType(0, [int, str])])
assert func(1) == 'fast1'
assert func('a') == 'fast2'
assert func(1.5) == 'original'
assert func(x=1) == 'original'          # GuardArgType answers 1 for keywords: fall back
specialized = fat.get_specialized(func)
assert len(specialized) == 2
code, guards = specialized[0]
assert type(code) is type(func.__code__) and code is not fast1.__code__
assert code.co_name == 'func'           # the copy takes the name of the specialized function
assert type(guards) is list and len(guards) == 1 and guards[0].arg_types == (int,)
print("ok order")

# removal: a version whose guard answers 2 is dropped, the next ones are tried
ns = {'k': 1}
def func2(x):
    return 'original'
fat.specialize(func2, fast1, [fat.GuardDict(ns, 'k')])
fat.specialize(func2, fast2, [fat.GuardArgType(0, [int])])
assert func2(1) == 'fast1'
ns['k'] = 2
assert func2(1) == 'fast2'
assert len(fat.get_specialized(func2)) == 1
assert fat.get_specialized(func2)[0][1][0].arg_index == 0
assert func2('x') == 'original'         # answer 1 keeps it
assert len(fat.get_specialized(func2)) == 1
ns['k'] = 1                             # a removed version never comes back
assert func2(1) == 'fast2'
print("ok removal")

# guards of one version run in order and stop at the first failure
calls = []
class Recorder:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
def func3(x):
    return 'original'
ns = {'a': 1}
fat.specialize(func3, fast1, [fat.GuardArgType(0, [str]), fat.GuardDict(ns, 'a')])
ns['a'] = 2                             # the dict guard would answer 2, but it never runs for an int
assert func3(1) == 'original' and len(fat.get_specialized(func3)) == 1
assert func3('s') == 'original' and len(fat.get_specialized(func3)) == 0
print("ok guard order")

# __code__ replacement removes every version
def func4(x):
    return 'original'
fat.specialize(func4, fast1, [always()])
assert func4(1) == 'fast1'
def other(x):
    return 'other'
func4.__code__ = other.__code__
assert fat.get_specialized(func4) == []
assert func4(1) == 'other'
print("ok __code__")

# a callable version is called with the same arguments
def func5(*args, **kwargs):
    return 'original'
fat.specialize(func5, lambda *a, **k: ('callable', a, k), [fat._Guard()])
assert func5(1, 2, k=3) == ('callable', (1, 2), {'k': 3})
def func6(x):
    return 'original'
fat.specialize(func6, chr, [fat.GuardArgType(0, [int])])
assert func6(65) == 'A' and func6('x') == 'original'
print("ok callable")

# a code version runs with the function's own binding, defaults, closure and globals
def outer():
    z = 10
    def inner(x, y=5, *, w=7):
        return ('original', x, y, w, z)
    def inner_fast(x, y=5, *, w=7):
        return ('fast', x, y, w, z, GLOBAL_NAME)
    return inner, inner_fast
GLOBAL_NAME = 'g'
inner, inner_fast = outer()
fat.specialize(inner, inner_fast.__code__, [fat._Guard()])
assert inner(1) == ('fast', 1, 5, 7, 10, 'g')
assert inner(1, y=2, w=3) == ('fast', 1, 2, 3, 10, 'g')
raises(TypeError, "outer.<locals>.inner() missing 1 required positional argument: 'x'", inner)
print("ok binding")

# methods: the version lives on the function in the class dict
class K:
    def m(self, x):
        return 'original'
def m_fast(self, x):
    return 'fast'
fat.specialize(K.m, m_fast, [fat.GuardArgType(1, [int])])
assert K().m(1) == 'fast' and K().m('a') == 'original'
print("ok methods")

# generators can be specialized too
def gen(n):
    yield 'original'
def gen_fast(n):
    yield from range(n)
fat.specialize(gen, gen_fast, [always()])
assert list(gen(3)) == [0, 1, 2]
print("ok generators")

# a guard that raises: the call raises
class Bad:
    def __eq__(self, other):
        raise ValueError("no comparison")
    def __hash__(self):
        return hash('key')
bad_ns = {'key': 1}
def func7(x):
    return 'original'
fat.specialize(func7, fast1, [fat.GuardDict(bad_ns, 'key')])
del bad_ns['key']
bad_ns[Bad()] = 2                       # same hash as 'key': looking 'key' up again compares with Bad
raises(ValueError, "no comparison", func7, 1)
print("ok guard errors")

# specialize's checks and messages
def f(x):
    return x
raises(TypeError, "function or code expected, got int", fat.specialize, f, 1, [fat._Guard()])
raises(ValueError, "need at least one guard", fat.specialize, f, fast1, [])
raises(TypeError, "guards must be a iterable", fat.specialize, f, fast1, 3)
raises(TypeError, "guard must a Guard, got int", fat.specialize, f, fast1, [1])
raises(ValueError, "a function cannot specialize itself", fat.specialize, f, f, [fat._Guard()])
def two(x, y):
    return x
raises(ValueError, "specialized bytecode doesn't have the same number of parameters", fat.specialize, f, two, [fat._Guard()])
def kwonly(x, *, k):
    return x
raises(ValueError, "specialized bytecode doesn't have the same number of parameters", fat.specialize, f, kwonly, [fat._Guard()])
def with_default(x=1):
    return x
raises(ValueError, "specialized function doesn't have the same parameter defaults", fat.specialize, f, with_default, [fat._Guard()])
def kwdef(x, *, k=1):
    return x
def kwdef2(x, *, k=2):
    return x
raises(ValueError, "specialized function doesn't have the same keyword parameter defaults", fat.specialize, kwdef, kwdef2, [fat._Guard()])
def make_cell():
    c = 1
    def uses_cell(x):
        return c
    return uses_cell
def cell_owner(x):
    y = 1
    def inner():
        return y
    return inner
raises(ValueError, "specialized bytecode uses different free variables", fat.specialize, f, make_cell(), [fat._Guard()])
raises(ValueError, "specialized bytecode uses different cell variables", fat.specialize, f, cell_owner, [fat._Guard()])
def already(x):
    return x
fat.specialize(already, fast1, [fat._Guard()])
raises(ValueError, "cannot specialize a function with another function which is already specialized", fat.specialize, f, already, [fat._Guard()])
raises(ValueError, "useless GuardFunc, a function already watch itself", fat.specialize, f, fast1, [fat.GuardFunc(f)])
raises(TypeError, "argument 1 must be function, not int", fat.specialize, 1, fast1, [fat._Guard()])
assert fat.get_specialized(f) == []
assert fat.specialize(f, fast1, [fat.GuardFunc(fast2)]) is None
assert f(1) == 'fast1'
print("ok errors")

# a specialization whose GuardBuiltins init fails is silently not added
len = lambda x: 0
def uses_len(x):
    return len(x)
fat.specialize(uses_len, fast1, [fat.GuardBuiltins('len')])
assert fat.get_specialized(uses_len) == []
del len
print("ok ignored")
