# Imported by monkeypatching.py: a function specialized in this module's namespace.
import fat


def count(seq):
    return len(seq)


def _count_fast(seq):
    return 'fast', len(seq)


fat.specialize(count, _count_fast, [fat.GuardBuiltins('len')])
