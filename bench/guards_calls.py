# Calls of a specialized function against the same function unspecialized (fat, PEP 510).
# Run: dotnet run -c Release --project bench/Guards.Bench -- --calls   (runs this file in process)
# Rounds alternate the cases (so a busy machine disturbs all of them alike); each figure is the best round of N
# calls minus the best empty loop of N iterations, in ns per call, and the median round likewise.
import fat
import time

N = 5_000
ROUNDS = 400


def plain(x):
    return len(x)


def spec_builtins(x):
    return len(x)


def spec_builtins_copy(x):
    return 'LOAD_GLOBAL len'(x)     # len copied into a constant, as the optimizer emits it


fat.specialize(spec_builtins, fat.replace_consts(spec_builtins_copy.__code__, {'LOAD_GLOBAL len': len}),
               [fat.GuardBuiltins('len')])


def spec_argtype(x):
    return len(x)


def spec_argtype_same(x):
    return len(x)


fat.specialize(spec_argtype, spec_argtype_same, [fat.GuardArgType(0, [str])])


def spec_two_guards(x):
    return len(x)


fat.specialize(spec_two_guards, spec_argtype_same, [fat.GuardArgType(0, [str]), fat.GuardBuiltins('len')])


def spec_miss(x):
    return len(x)


fat.specialize(spec_miss, spec_argtype_same, [fat.GuardArgType(0, [int])])   # never passes: original code runs


def empty_loop(n):
    for i in range(n):
        pass


def timed(func, n):
    s = 'abc'
    t0 = time.perf_counter()
    for i in range(n):
        func(s)
    return time.perf_counter() - t0


def empty(_):
    pass


def run(cases):
    times = {name: [] for name, _ in cases}
    base = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        empty_loop(N)
        base.append(time.perf_counter() - t0)
        for name, func in cases:
            times[name].append(timed(func, N))
    base.sort()
    for name, _ in cases:
        t = sorted(times[name])
        print('%-46s best %6.1f  median %6.1f ns/call' % (
            name, (t[0] - base[0]) * 1e9 / N, (t[len(t) // 2] - base[len(base) // 2]) * 1e9 / N))


cases = [
    ('plain (no specializations)', plain),
    ('GuardBuiltins(len), len as a constant', spec_builtins),
    ('GuardArgType(0, [str]), same code', spec_argtype),
    ('GuardArgType + GuardBuiltins, same code', spec_two_guards),
    ('GuardArgType answers 1 (original code runs)', spec_miss),
]
for name, func in cases:
    assert func('abc') == 3
    assert func is plain or len(fat.get_specialized(func)) == 1, name
run(cases)
