# Functions specialized the way the FAT optimizer does it keep CPython's output when what their guards watch
# is monkeypatched: each specialized function is compared with a plain copy of the same source.
import builtins
import fat


def specialize_with_consts(func, mapping, guards):
    # What the optimizer emits: the body with names replaced by constants, guarded.
    fat.specialize(func, fat.replace_consts(func.__code__, mapping), guards)


# --- a builtin copied into a constant: len
def use_len(x):
    return len(x)
def use_len_plain(x):
    return len(x)
def use_len_fast(x):
    return 'LOAD_GLOBAL len'(x)
fat.specialize(use_len, fat.replace_consts(use_len_fast.__code__, {'LOAD_GLOBAL len': len}), [fat.GuardBuiltins('len')])

def agree(*args):
    a, b = use_len(*args), use_len_plain(*args)
    assert a == b, (a, b)
    return a

assert agree('abc') == 3 and len(fat.get_specialized(use_len)) == 1
real_len = builtins.len
builtins.len = lambda x: 'patched'
assert agree('abc') == 'patched'
assert fat.get_specialized(use_len) == []          # dropped for good
builtins.len = real_len
assert agree('abc') == 3
# specialize again now that len is the original: it works again
fat.specialize(use_len, fat.replace_consts(use_len_fast.__code__, {'LOAD_GLOBAL len': len}), [fat.GuardBuiltins('len')])
assert len(fat.get_specialized(use_len)) == 1 and agree('ab') == 2
print("ok len replaced and restored")

# --- a global shadows the builtin, then is deleted again
len = lambda x: 'global'
assert agree('abc') == 'global'
assert fat.get_specialized(use_len) == []
del len
assert agree('abc') == 3
print("ok global shadows builtin")

# --- a pure builtin call folded to its result: chr(65) -> 'A'
def use_chr():
    return chr(65) + 'x'
def use_chr_plain():
    return chr(65) + 'x'
def use_chr_fast():
    return 'A' + 'x'
fat.specialize(use_chr, use_chr_fast, [fat.GuardBuiltins('chr')])
assert use_chr() == use_chr_plain() == 'Ax'
real_chr = builtins.chr
builtins.chr = lambda i: '<%s>' % i
assert use_chr() == use_chr_plain() == '<65>x'
builtins.chr = real_chr
assert use_chr() == use_chr_plain() == 'Ax'
print("ok chr")

# --- a global constant propagated into the code
LIMIT = 10
def use_const(x):
    return x * LIMIT
def use_const_plain(x):
    return x * LIMIT
def use_const_fast(x):
    return x * 10
fat.specialize(use_const, use_const_fast, [fat.GuardGlobals('LIMIT')])
assert use_const(2) == use_const_plain(2) == 20
LIMIT = 10                               # the same small int object: still specialized
assert len(fat.get_specialized(use_const)) == 1
LIMIT = 3
assert use_const(2) == use_const_plain(2) == 6
assert fat.get_specialized(use_const) == []
print("ok global constant")

# --- a called function inlined: redefining it drops the specialization
def helper(x):
    return x + 1
def use_helper(x):
    return helper(x) * 2
def use_helper_plain(x):
    return helper(x) * 2
def use_helper_fast(x):
    return (x + 1) * 2
fat.specialize(use_helper, use_helper_fast, [fat.GuardGlobals('helper'), fat.GuardFunc(helper)])
assert use_helper(1) == use_helper_plain(1) == 4
def replacement(x):
    return x - 1
helper.__code__ = replacement.__code__   # same function object, new code: GuardFunc answers 2
assert use_helper(1) == use_helper_plain(1) == 0
assert fat.get_specialized(use_helper) == []
fat.specialize(use_helper, use_helper_fast, [fat.GuardGlobals('helper'), fat.GuardFunc(helper)])
def helper(x):                           # redefined: a new global, GuardGlobals answers 2
    return x * 10
assert use_helper(1) == use_helper_plain(1) == 20
assert fat.get_specialized(use_helper) == []
print("ok called function")

# --- the specialization of a function from another module survives calls from here
import _fat_helper
assert _fat_helper.count('abcd') == ('fast', 4)
assert _fat_helper.count('abcd') == ('fast', 4)
assert len(fat.get_specialized(_fat_helper.count)) == 1
len = lambda x: 'ours'                   # a global of this module does not concern the helper's function
assert _fat_helper.count('ab') == ('fast', 2)
del len
_fat_helper.len = lambda x: 'theirs'     # a global of its own module does
assert _fat_helper.count('ab') == 'theirs'
assert fat.get_specialized(_fat_helper.count) == []
print("ok other module")

# --- a type attribute watched with guard_type_dict
class Shape:
    sides = 4
def sides():
    return Shape.sides
def sides_fast():
    return 4
fat.specialize(sides, sides_fast, [fat.GuardGlobals('Shape'), fat.guard_type_dict(Shape, 'sides')])
assert sides() == 4
Shape.sides = 3
assert sides() == 3 and fat.get_specialized(sides) == []
print("ok type attribute")
