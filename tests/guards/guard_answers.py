# Each guard type of fat 0.3: constructor errors, read-only attributes, and the answers (0 pass,
# 1 temporary failure, 2 always fails) of guard(*args, **kwargs).
import fat


def raises(exc, message, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        assert str(e) == message, (str(e), message)
    else:
        raise AssertionError("no %s: %s" % (exc.__name__, message))


assert fat.__version__ == '0.3'
for name in ('GuardArgType', 'GuardDict', 'GuardGlobals', 'GuardBuiltins', 'GuardFunc'):
    assert issubclass(getattr(fat, name), fat._Guard), name
assert issubclass(fat.GuardGlobals, fat.GuardDict) and issubclass(fat.GuardBuiltins, fat.GuardDict)
base = fat._Guard()
assert base() == 0 and base(1, 2, k=3) == 0
class Sub(fat._Guard):
    def check(self, *args):
        return 2                        # a Python subclass cannot replace the check
sub = Sub()
assert sub() == 0 and isinstance(sub, fat._Guard)
def plain(x):
    return 'original'
def fast(x):
    return 'fast'
fat.specialize(plain, fast, [sub])
assert plain(1) == 'fast'
print("ok module")

# GuardArgType
g = fat.GuardArgType(1, [int, str])
assert g.arg_index == 1 and g.arg_types == (int, str)
assert g(0, 5) == 0 and g(0, 'x') == 0
assert g(0, 5.0) == 1
assert g(0, True) == 1              # exact type: bool is not int
assert g(0) == 1                    # too few positional arguments
assert g(0, 5, k=1) == 1            # any keyword argument
assert fat.GuardArgType(arg_index=0, arg_types=(float,))(1.5) == 0
raises(TypeError, "arg_types must be a type or an iterable", fat.GuardArgType, 0, int)
raises(ValueError, "need at least one argument type", fat.GuardArgType, 0, [])
raises(TypeError, "arg_type must be a type, got int", fat.GuardArgType, 0, [1])
raises(TypeError, "an integer is required (got type str)", fat.GuardArgType, 'a', [int])
for attr in ('arg_index', 'arg_types'):
    try:
        setattr(g, attr, 1)
    except AttributeError:
        pass
    else:
        raise AssertionError(attr + " is writable")
print("ok GuardArgType")

# GuardDict
ns = {'a': 1}
g = fat.GuardDict(ns, 'a', 'b')
assert g.dict is ns and g.keys == ('a', 'b')
assert g() == 0
ns['c'] = 3                     # another key: still passes (slow path re-arms)
assert g() == 0 and g() == 0
ns['a'] = 1                     # the same small int object: no change
assert g() == 0
ns['b'] = 2                     # absent -> present
assert g() == 2
ns2 = {'a': [1]}
g2 = fat.GuardDict(ns2, 'a')
ns2['a'] = [1]                  # equal but another object
assert g2() == 2
ns3 = {'a': 1}
g3 = fat.GuardDict(ns3, 'a')
del ns3['a']
assert g3() == 2
ns3['a'] = 1                    # back to the very same object: the check is by identity, not history
assert g3() == 0
raises(TypeError, "keyword arguments are not supported", fat.GuardDict, ns, 'a', x=1)
raises(TypeError, "missing dict parameter", fat.GuardDict)
raises(TypeError, "dict parameter must be dict, got list", fat.GuardDict, [], 'a')
raises(TypeError, "keys must at least contain one key", fat.GuardDict, ns)
raises(TypeError, "key must be str, not int", fat.GuardDict, ns, 1)
try:
    g.dict = {}
except AttributeError:
    pass
else:
    raise AssertionError("dict is writable")
print("ok GuardDict")

# GuardGlobals: the globals of the creating frame
X = 1
g = fat.GuardGlobals('X', 'Y')
assert g.dict is globals() and g.keys == ('X', 'Y')
assert g() == 0
X = 2
assert g() == 2
g = fat.GuardGlobals('X')
env = {'g': g}
exec("r = g()", env)            # checked from other globals
assert env['r'] == 2
assert g() == 0
raises(TypeError, "keys must at least contain one key", fat.GuardGlobals)
raises(TypeError, "key must be str, not tuple", fat.GuardGlobals, ('X',))
print("ok GuardGlobals")

# GuardBuiltins
import builtins
g = fat.GuardBuiltins('len', 'chr')
assert g.dict is builtins.__dict__ and g.keys == ('len', 'chr')
assert isinstance(g.guard_globals, fat.GuardGlobals)
assert g.guard_globals.dict is globals() and g.guard_globals.keys == ('len', 'chr')
assert g() == 0
real_len = len
builtins.len = lambda x: 0
assert g() == 2
builtins.len = real_len
assert g() == 0                 # the same object again
g = fat.GuardBuiltins('len')
len = real_len                  # a global shadows the builtin
assert g() == 2
del len
assert g() == 0
# init fails when a global shadows the name at creation: 2 from then on
chr = builtins.chr
g = fat.GuardBuiltins('chr')
del chr
assert g() == 2
# init fails when the builtin was replaced since start-up
real_abs = abs
builtins.abs = lambda x: x
g = fat.GuardBuiltins('abs')
builtins.abs = real_abs
assert g() == 2
# a name that is no builtin at start-up may be added later
builtins.fat_test_name = 1
g = fat.GuardBuiltins('fat_test_name')
assert g() == 0
builtins.fat_test_name = 2
assert g() == 2
del builtins.fat_test_name
raises(TypeError, "keyword arguments are not supported", fat.GuardBuiltins, 'len', x=1)
raises(TypeError, "key must be str, not int", fat.GuardBuiltins, 1)
print("ok GuardBuiltins")

# GuardFunc
def f():
    return 1
def f2():
    return 2
g = fat.GuardFunc(f)
assert g.func is f and g.code is f.__code__
assert g() == 0
f.__code__ = f2.__code__
assert g() == 2
raises(TypeError, "func must be a function, not str", fat.GuardFunc, 'f')
print("ok GuardFunc")

# guard_type_dict: a GuardDict on the type's own dict
class C:
    attr = 1
g = fat.guard_type_dict(C, 'attr')
assert type(g) is fat.GuardDict and g.keys == ('attr',)
assert g() == 0
C.other = 2
assert g() == 0
C.attr = 3
assert g() == 2
raises(TypeError, "key must be str, not tuple", fat.guard_type_dict, C, ('attr',))
raises(TypeError, "argument 1 must be type, not int", fat.guard_type_dict, 1, 'attr')
print("ok guard_type_dict")
