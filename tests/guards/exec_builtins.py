# Code run by exec() in a namespace with its own __builtins__: its functions check their guards against the
# builtins they run with, wherever they are called from.
import builtins
import fat

own_builtins = dict(builtins.__dict__)           # the same objects as the real builtins
ns = {'__builtins__': own_builtins, 'fat': fat}
exec('''
def count(seq):
    return len(seq)
def count_fast(seq):
    return 'fast', len(seq)
fat.specialize(count, count_fast, [fat.GuardBuiltins('len')])
''', ns)
count = ns['count']
assert len(fat.get_specialized(count)) == 1
guard = fat.get_specialized(count)[0][1][0]
assert guard.dict is own_builtins and guard.guard_globals.dict is ns
assert count('abc') == ('fast', 3)             # called from this module: its own namespaces are checked
assert len(fat.get_specialized(count)) == 1
builtins.len = lambda x: 'real builtins patched'  # the real builtins are not its builtins
try:
    assert count('abc') == ('fast', 3)
finally:
    builtins.len = own_builtins['len']
own_builtins['len'] = lambda x: 'own patched'
assert count('abc') == 'own patched'
assert fat.get_specialized(count) == []
print("ok own builtins")

# a guard created with builtins whose len is not the start-up one: the specialization is ignored
other_builtins = dict(builtins.__dict__)
other_builtins['len'] = lambda x: 'other'
ns2 = {'__builtins__': other_builtins, 'fat': fat}
exec('''
def count(seq):
    return len(seq)
def count_fast(seq):
    return 'fast'
fat.specialize(count, count_fast, [fat.GuardBuiltins('len')])
''', ns2)
assert fat.get_specialized(ns2['count']) == []
assert ns2['count']('abc') == 'other'
print("ok replaced at creation")

# a guard created here, attached to a function that runs with other namespaces, answers 2 at its first call
ns3 = {'__builtins__': own_builtins}
exec('def f(x):\n    return x\n', ns3)
def f_fast(x):
    return 'fast'
fat.specialize(ns3['f'], f_fast, [fat.GuardGlobals('x')])
assert len(fat.get_specialized(ns3['f'])) == 1
assert ns3['f'](1) == 1
assert fat.get_specialized(ns3['f']) == []
print("ok other namespaces")

# the builtins module as __builtins__ means the real builtins dict
ns4 = {'__builtins__': builtins}
exec('import fat\ng = fat.GuardBuiltins("len")', ns4)
assert ns4['g'].dict is builtins.__dict__ and ns4['g']() == 2   # checked from this module: other globals
print("ok builtins module")
