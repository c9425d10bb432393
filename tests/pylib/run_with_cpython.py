"""Differential tests of FatSharp's Python library (src/Interpreter/Lib)
against CPython's own modules.  Run with CPython 3.11:

    python3 tests/pylib/run_with_cpython.py [-v]

Every case is a function of a module; it runs once with CPython's module
and once with FatSharp's (imported under a private alias by fsload), and
the results - or the exception types and messages - must be equal.
"""

import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fsload  # noqa: E402

import bisect, collections, copy, functools, heapq, itertools, keyword  # noqa: E401,E402
import operator, posixpath, random, string, types, timeit  # noqa: E401,E402

VERBOSE = '-v' in sys.argv
failures = []
passed = 0


def outcome(fn, mod):
    try:
        return ('ok', fn(mod))
    except Exception as exc:  # the exception itself is part of the behaviour
        return ('raise', type(exc).__name__, str(exc))


def same(name, cpython_mod, fn, normalize=None):
    """Runs fn(module) with CPython's module and with FatSharp's."""
    global passed
    ours = fsload.fs(cpython_mod.__name__)
    expected = outcome(fn, cpython_mod)
    actual = outcome(fn, ours)
    if normalize is not None:
        expected = normalize(expected)
        actual = normalize(actual)
    if expected == actual:
        passed += 1
        if VERBOSE:
            print('ok  ', name)
    else:
        failures.append((name, expected, actual))
        print('FAIL', name)
        print('   cpython: ', expected)
        print('   fatsharp:', actual)


def cases(module, prefix, exprs):
    """exprs: dict of label -> function(module)."""
    for label, fn in exprs.items():
        same(f'{prefix}.{label}', module, fn)


# ------------------------------------------------------------------ heapq

def heap_ops(seed):
    def run(h):
        r = random.Random(seed)
        data = [r.randrange(50) for _ in range(r.randrange(40))]
        heap = list(data)
        h.heapify(heap)
        log = [list(heap)]
        for _ in range(30):
            op = r.randrange(4)
            v = r.randrange(50)
            if op == 0:
                h.heappush(heap, v)
            elif op == 1 and heap:
                log.append(h.heappop(heap))
            elif op == 2:
                log.append(h.heappushpop(heap, v))
            elif heap:
                log.append(h.heapreplace(heap, v))
            log.append(list(heap))
        return log
    return run


for s in range(20):
    same(f'heapq.ops[{s}]', heapq, heap_ops(s))

cases(heapq, 'heapq', {
    'merge': lambda h: list(h.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])),
    'merge_key': lambda h: list(h.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)),
    'merge_reverse': lambda h: list(h.merge([9, 5, 1], [8, 5, 2], reverse=True)),
    'merge_stable': lambda h: list(h.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])),
    'nsmallest': lambda h: h.nsmallest(3, [5, 1, 8, 1, 9, 0]),
    'nlargest_key': lambda h: h.nlargest(2, ['aa', 'b', 'ccc', 'dd'], key=len),
    'nlargest_zero': lambda h: h.nlargest(0, [1, 2]),
    'nsmallest_more': lambda h: h.nsmallest(10, [3, 1, 2]),
    'pop_empty': lambda h: h.heappop([]),
    'replace_empty': lambda h: h.heapreplace([], 1),
    'heapify_int': lambda h: h.heapify(5),
    'pushpop_empty': lambda h: h.heappushpop([], 3),
    'tuples': lambda h: [h.heappop(x) for x in [[(2, 'b'), (1, 'a'), (1, 'c')]] for _ in [h.heapify(x)]],
})

# ------------------------------------------------------------------ bisect

data = [1, 2, 2, 2, 5, 7, 9]
cases(bisect, 'bisect', {
    'left': lambda b: [b.bisect_left(data, x) for x in range(11)],
    'right': lambda b: [b.bisect_right(data, x) for x in range(11)],
    'bisect': lambda b: [b.bisect(data, x, 2, 5) for x in range(11)],
    'key': lambda b: b.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]),
    'insort': lambda b: [b.insort(l, x) or list(l) for l in [[]] for x in [5, 1, 3, 3, 9]],
    'insort_left_key': lambda b: [b.insort_left(l, x, key=abs) or list(l) for l in [[]] for x in [-5, 1, -3, 3]],
    'neg_lo': lambda b: b.bisect_left([1, 2], 3, -1),
    'hi_out': lambda b: b.bisect_left([1, 2], 3, 0, 5),
    'no_len': lambda b: b.bisect(None, 1),
})

# ------------------------------------------------------------------ keyword

cases(keyword, 'keyword', {
    'kwlist': lambda k: k.kwlist,
    'softkwlist': lambda k: k.softkwlist,
    'is': lambda k: [k.iskeyword(w) for w in ['if', 'match', 'True', 'x', '_']],
    'issoft': lambda k: [k.issoftkeyword(w) for w in ['if', 'match', 'case', '_', 'x']],
    'all': lambda k: sorted(k.__all__),
})

# ------------------------------------------------------------------ operator

class _Obj:
    def __init__(self):
        self.a = types.SimpleNamespace(b=5)
        self.c = 7

    def f(self, *args, **kw):
        return (args, sorted(kw.items()))


class _Hint:
    def __length_hint__(self):
        return 12


binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
          'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not']
cases(operator, 'operator', {
    'binary': lambda o: [getattr(o, n)(13, 3) for n in binary],
    'dunder': lambda o: [getattr(o, f'__{n.rstrip("_")}__')(13, 3) for n in binary if not n.startswith('is')],
    'unary': lambda o: [o.neg(5), o.pos(-5), o.abs(-5), o.inv(5), o.invert(5), o.not_(0), o.truth([]), o.index(7)],
    'seq': lambda o: [o.concat([1], [2]), o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.indexOf('abc', 'c'), o.getitem('abc', 1)],
    'setdel': lambda o: [d for d in [{'a': 1}] for _ in [o.setitem(d, 'b', 2), o.delitem(d, 'a')]],
    'inplace': lambda o: [o.iadd([1], [2]), o.isub(5, 2), o.imul('a', 3), o.iconcat([1], (2,)), o.ior({1}, {2}), o.ipow(2, 10)],
    'indexOf_missing': lambda o: o.indexOf([1], 2),
    'index_float': lambda o: o.index(1.5),
    'concat_int': lambda o: o.concat(1, 2),
    'length_hint': lambda o: [o.length_hint([1, 2]), o.length_hint(iter([1, 2, 3])), o.length_hint(_Hint()), o.length_hint(5, 9)],
    'length_hint_bad': lambda o: o.length_hint([], 'a'),
    'itemgetter': lambda o: [o.itemgetter(1)('abc'), o.itemgetter(0, 2)('abc'), repr(o.itemgetter(1, 'a'))],
    'itemgetter_none': lambda o: o.itemgetter(),
    'itemgetter_args': lambda o: o.itemgetter(1)(),
    'attrgetter': lambda o: [o.attrgetter('c')(_Obj()), o.attrgetter('a.b', 'c')(_Obj()), repr(o.attrgetter('a.b', 'c'))],
    'attrgetter_bad': lambda o: o.attrgetter(1),
    'attrgetter_missing': lambda o: o.attrgetter('zz')(_Obj()),
    'methodcaller': lambda o: [o.methodcaller('f', 1, k=2)(_Obj()), repr(o.methodcaller('f', 1, k=2)), repr(o.methodcaller('g'))],
    'methodcaller_none': lambda o: o.methodcaller(),
    'methodcaller_bad': lambda o: o.methodcaller(1),
    'call': lambda o: o.call(max, 1, 5, 3),
    'matmul_missing': lambda o: o.matmul(1, 2),
    'all': lambda o: sorted(o.__all__),
})

# ------------------------------------------------------------------ functools

def lru_trace(f):
    def run(ft):
        cached = ft.lru_cache(maxsize=3)(lambda x: x * 2)
        out = [cached(x) for x in [1, 2, 1, 3, 4, 1, 2, 2.0, 5]]
        out.append(tuple(cached.cache_info()))
        cached.cache_clear()
        out.append(tuple(cached.cache_info()))
        return out
    return run


def fib_cached(ft):
    @ft.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(80), tuple(fib.cache_info()), fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__


def typed_cache(ft):
    f = ft.lru_cache(typed=True)(lambda x: type(x).__name__)
    return [f(1), f(1.0), f(True), f(1)], tuple(f.cache_info())


def total_ord(ft):
    @ft.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return self.v == o.v

        def __gt__(self, o):
            return self.v > o.v

    a, b = V(1), V(2)
    return [a < b, a <= b, a > b, a >= b, b <= b, b >= a]


def total_ord_none(ft):
    @ft.total_ordering
    class W:
        pass


def cached_prop(ft):
    calls = []

    class C:
        @ft.cached_property
        def x(self):
            calls.append(1)
            return 42

    c = C()
    return [c.x, c.x, len(calls), 'x' in c.__dict__, type(C.x).__name__]


def wraps_case(ft):
    def orig(a, b=2):
        """doc of orig"""
        return a + b
    orig.extra = 'attr'

    @ft.wraps(orig)
    def wrapper(*args):
        return orig(*args)
    return [wrapper.__name__, wrapper.__doc__, wrapper.__qualname__.split('.')[-1], wrapper.extra,
            wrapper.__wrapped__ is orig, wrapper(1)]


def singledispatch_case(ft):
    @ft.singledispatch
    def f(x):
        return 'object'

    @f.register
    def _(x: int):
        return 'int'

    @f.register(list)
    def _(x):
        return 'list'
    return [f(1), f(True), f([1]), f('s'), f(2.5), sorted(k.__name__ for k in f.registry)]


def cmp_key(ft):
    return sorted([5, 2, 9, 1], key=ft.cmp_to_key(lambda a, b: b - a))


def partial_case(ft):
    p = ft.partial(int, base=2)
    q = ft.partial(ft.partial(max, 1), 7, key=abs)
    return [p('101'), p('11', base=8), repr(ft.partial(print, 1, sep='x')), q.args, q.keywords, q(-9), repr(q)]


cases(functools, 'functools', {
    'reduce': lambda f: [f.reduce(operator.add, [1, 2, 3, 4]), f.reduce(operator.add, [], 10), f.reduce(lambda a, b: a * b, range(1, 6), 1)],
    'reduce_empty': lambda f: f.reduce(max, []),
    'reduce_noiter': lambda f: f.reduce(max, 5),
    'reduce_noargs': lambda f: f.reduce(),
    'partial': partial_case,
    'partial_none': lambda f: f.partial(),
    'partial_notcallable': lambda f: f.partial(1),
    'partial_readonly': lambda f: setattr(f.partial(max), 'args', ()),
    'lru': lru_trace(None),
    'fib': fib_cached,
    'typed': typed_cache,
    'lru_zero': lambda f: [g(1) for g in [f.lru_cache(0)(abs)] for _ in range(2)] + [tuple(g.cache_info())],
    'lru_bad': lambda f: f.lru_cache(maxsize='a'),
    'lru_params': lambda f: [f.lru_cache(abs).cache_parameters(), f.cache(abs).cache_parameters()],
    'total_ordering': total_ord,
    'total_ordering_none': total_ord_none,
    'cached_property': cached_prop,
    'wraps': wraps_case,
    'assignments': lambda f: (f.WRAPPER_ASSIGNMENTS, f.WRAPPER_UPDATES),
    'singledispatch': singledispatch_case,
    'singledispatch_noargs': lambda f: f.singledispatch(lambda x: 1)(),
    'cmp_to_key': cmp_key,
    'cmp_to_key_bad': lambda f: f.cmp_to_key(lambda a, b: 0)(1) < 2,
})

# ------------------------------------------------------------------ collections

def deque_ops(c):
    d = c.deque('abc', maxlen=5)
    log = [repr(d)]
    d.append('d'); d.appendleft('z'); log.append(repr(d))
    d.append('e'); log.append(repr(d))
    d.extendleft('xy'); log.append(repr(d))
    d.rotate(2); log.append(repr(d))
    d.rotate(-3); log.append(repr(d))
    log.append((d.pop(), d.popleft(), len(d), d.index('c'), d.count('c'), 'c' in d, d[1], d[-1]))
    d.remove('c'); d.reverse(); log.append(repr(d))
    d.insert(1, 'q'); log.append(repr(d))
    d[0] = 'first'; del d[1]; log.append((repr(d), list(reversed(d)), d.maxlen))
    e = c.deque([1, 2, 3])
    log.append([repr(e + c.deque([4])), repr(e * 2), e == c.deque([1, 2, 3]), e < c.deque([1, 3]), bool(c.deque())])
    e.rotate(10); log.append(repr(e))
    e.extend(e); log.append(repr(e))
    e.clear(); log.append(repr(e))
    log.append(repr(c.deque(range(3), 0)))
    return log


def deque_errors(c):
    out = []
    for fn in [lambda: c.deque().pop(), lambda: c.deque().popleft(), lambda: c.deque([1]).index(2),
               lambda: c.deque([1]).remove(2), lambda: c.deque([1], 1).insert(0, 2),
               lambda: c.deque(maxlen=-1), lambda: c.deque(maxlen='a'), lambda: c.deque([1])[5],
               lambda: c.deque([1, 2, 3]).index(3, 0, 2), lambda: c.deque().rotate('a'),
               lambda: c.deque() + [1]]:
        try:
            out.append(fn())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


def deque_mutation(c):
    d = c.deque([1, 2, 3])
    for x in d:
        d.append(x)


def defaultdict_case(c):
    dd = c.defaultdict(list)
    for k, v in [('a', 1), ('b', 2), ('a', 3)]:
        dd[k].append(v)
    counts = c.defaultdict(int)
    for ch in 'mississippi':
        counts[ch] += 1
    copied = dd.copy()
    return [repr(dd), repr(counts), repr(c.defaultdict()), dd.default_factory is list,
            repr(copied), type(copied).__name__, 'zz' in dd, dd.get('zz'), isinstance(dd, dict)]


def nt_case(c):
    P = c.namedtuple('Point', 'x y')
    p = P(1, y=2)
    Q = c.namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
    return [repr(p), p.x + p[1], P._fields, p._asdict(), repr(p._replace(x=5)), repr(P._make([3, 4])),
            repr(Q(1)), Q._field_defaults, P.__doc__, P.x.__doc__, repr(P), P.__match_args__,
            c.namedtuple('R', 'a _b def a', rename=True)._fields, repr(c.namedtuple('M', 'a', module='mod')),
            isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), Q.__new__.__defaults__]


def nt_errors(c):
    P = c.namedtuple('P', 'x y')
    Q = c.namedtuple('Q', 'a b c', defaults=[1])
    R = c.namedtuple('R', 'a b c')
    out = []
    for fn in [lambda: P(1), lambda: P(), lambda: R(), lambda: P(1, 2, 3), lambda: Q(1, 2, 3, 4),
               lambda: P(1, x=2), lambda: P(1, 2, z=3), lambda: P._make([1]), lambda: P(1, 2)._replace(z=1),
               lambda: c.namedtuple('1x', 'a'), lambda: c.namedtuple('X', 'def'), lambda: c.namedtuple('X', '_a'),
               lambda: c.namedtuple('X', 'a a'), lambda: c.namedtuple('X', 'a', defaults=[1, 2]), lambda: Q(1)]:
        try:
            out.append(fn())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


def counter_case(c):
    C = c.Counter
    a = C('abracadabra')
    b = C(a=1, b=-2, z=4)
    out = [repr(a), a.most_common(2), a.most_common(), repr(C()), a.total(), ''.join(a.elements()),
           repr(a + b), repr(a - b), repr(a | b), repr(a & b), repr(+b), repr(-b), a['missing']]
    a.update('zzz'); a.update({'a': 10}); out.append(repr(a))
    a.subtract(a=20, q=1); out.append(repr(a))
    d = C(x=3); d += C(x=-5, y=2); out.append(repr(d))
    d -= C(y=1); out.append(repr(d))
    out.append([C(a=1) == C(a=1, b=0), C(a=1) <= C(a=2), C(a=1) < C(a=1), C('ab') >= C('a')])
    del a['not-there']
    out.append(repr(C({'a': 1, 'b': 3, 'c': 2})))
    return out


def ordered_case(c):
    O = c.OrderedDict
    o = O(a=1, b=2, c=3)
    o.move_to_end('a'); log = [repr(o)]
    o.move_to_end('c', last=False); log.append(repr(o))
    log.append(o.popitem()); log.append(o.popitem(last=False)); log.append(repr(o))
    log += [O(a=1, b=2) == O(b=2, a=1), O(a=1, b=2) == dict(b=2, a=1), O(a=1, b=2) != O(b=2, a=1),
            repr(O()), list(reversed(O(x=1, y=2))), repr(O(a=1) | {'b': 2}), repr(O.fromkeys('xy', 0))]
    return log


def ordered_errors(c):
    out = []
    for fn in [lambda: c.OrderedDict().popitem(), lambda: c.OrderedDict().move_to_end('x')]:
        try:
            out.append(fn())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


def chainmap_case(c):
    base = {'a': 1, 'b': 2}
    over = {'b': 20, 'c': 30}
    cm = c.ChainMap(over, base)
    out = [repr(cm), cm['a'], cm['b'], len(cm), list(cm), sorted(cm.items()), 'c' in cm, cm.get('zz', 0)]
    child = cm.new_child({'d': 4})
    out += [repr(child), repr(child.parents), repr(c.ChainMap())]
    cm['a'] = 100
    out += [over, base, dict(cm)]
    try:
        del cm['zz']
    except KeyError as e:
        out.append(str(e))
    return out


cases(collections, 'collections', {
    'deque': deque_ops,
    'deque_errors': deque_errors,
    'deque_mutation': deque_mutation,
    'deque_subclass_repr': lambda c: [repr(type('D', (c.deque,), {})([1])), repr(type('D', (c.deque,), {})([1], 3))],
    'defaultdict': defaultdict_case,
    'defaultdict_bad': lambda c: c.defaultdict(1),
    'defaultdict_none': lambda c: c.defaultdict()[1],
    'namedtuple': nt_case,
    'namedtuple_errors': nt_errors,
    'counter': counter_case,
    'counter_fromkeys': lambda c: c.Counter.fromkeys('ab'),
    'ordereddict': ordered_case,
    'ordereddict_errors': ordered_errors,
    'chainmap': chainmap_case,
})

# ------------------------------------------------------------------ itertools

def it_take(it, n=20):
    out = []
    for x in it:
        out.append(x)
        if len(out) >= n:
            break
    return out


cases(itertools, 'itertools', {
    'count': lambda i: [it_take(i.count(), 5), it_take(i.count(2, 3), 4), it_take(i.count(1.5, 0.5), 3),
                        repr(i.count(5)), repr(i.count(5, 2)), repr(i.count(0, 1.0))],
    'cycle': lambda i: it_take(i.cycle('abc'), 8),
    'repeat': lambda i: [list(i.repeat('x', 3)), list(i.repeat(1, -2)), repr(i.repeat(1)), repr(i.repeat(1, 3)),
                         it_take(i.repeat(7), 3)],
    'accumulate': lambda i: [list(i.accumulate([1, 2, 3, 4])), list(i.accumulate([1, 2, 3], operator.mul)),
                             list(i.accumulate([1, 2], initial=100)), list(i.accumulate([])),
                             list(i.accumulate([], initial=5)), list(i.accumulate([3, 1, 4], func=max))],
    'chain': lambda i: [list(i.chain('ab', [1], ())), list(i.chain.from_iterable(['xy', 'z']))],
    'chain_bad': lambda i: list(i.chain(1)),
    'compress': lambda i: list(i.compress('abcdef', [1, 0, 1, 0, 1, 1])),
    'dropwhile': lambda i: list(i.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
    'takewhile': lambda i: list(i.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
    'filterfalse': lambda i: [list(i.filterfalse(lambda x: x % 2, range(10))), list(i.filterfalse(None, [0, 1, '', 'a']))],
    'groupby': lambda i: [(k, list(g)) for k, g in i.groupby('AAAABBBCCDAABBB')],
    'groupby_key': lambda i: [(k, list(g)) for k, g in i.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)],
    'groupby_skip': lambda i: [k for k, g in i.groupby('aabbbc')],
    'groupby_stale': lambda i: [list(g) for g in [list(i.groupby('aabb'))][0] for g in [g[1]]],
    'islice': lambda i: [list(i.islice('ABCDEFG', 2)), list(i.islice('ABCDEFG', 2, 4)),
                         list(i.islice('ABCDEFG', 2, None)), list(i.islice('ABCDEFG', 0, None, 2)),
                         list(i.islice(range(10), 1, 8, 3))],
    'islice_consumption': lambda i: [(list(i.islice(it, 0, 5, 3)), list(it)) for it in [iter(range(10))]],
    'islice_errors': lambda i: [outcome(lambda m: m.islice([], -1), i), outcome(lambda m: m.islice([], 1, 2, 0), i),
                                outcome(lambda m: m.islice([]), i), outcome(lambda m: m.islice([], 'a'), i)],
    'pairwise': lambda i: [list(i.pairwise('ABCDE')), list(i.pairwise('A')), list(i.pairwise(''))],
    'starmap': lambda i: list(i.starmap(pow, [(2, 5), (3, 2), [10, 3]])),
    'starmap_bad': lambda i: list(i.starmap(pow, [1])),
    'tee': lambda i: [(list(a), list(b)) for a, b in [i.tee(iter('abc'))]] + [len(i.tee('x', 3)), i.tee('x', 0)],
    'tee_interleaved': lambda i: [[next(a), next(a), next(b), next(a), next(b), next(b)] for a, b in [i.tee(range(5))]],
    'tee_neg': lambda i: i.tee([], -1),
    'zip_longest': lambda i: [list(i.zip_longest('ABCD', 'xy', fillvalue='-')), list(i.zip_longest()), list(i.zip_longest('ab'))],
    'zip_longest_kw': lambda i: i.zip_longest([], foo=1),
    'product': lambda i: [list(i.product('AB', 'xy')), list(i.product(range(2), repeat=3)), list(i.product()),
                          list(i.product('ab', []))],
    'product_neg': lambda i: i.product([], repeat=-1),
    'permutations': lambda i: [list(i.permutations('ABC', 2)), list(i.permutations(range(3))), list(i.permutations('AB', 3)),
                               list(i.permutations([], 0))],
    'permutations_neg': lambda i: i.permutations([], -1),
    'combinations': lambda i: [list(i.combinations('ABCD', 2)), list(i.combinations(range(4), 3)), list(i.combinations('A', 2)),
                               list(i.combinations('AB', 0))],
    'combinations_missing_r': lambda i: i.combinations([]),
    'cwr': lambda i: [list(i.combinations_with_replacement('ABC', 2)), list(i.combinations_with_replacement('', 2)),
                      list(i.combinations_with_replacement('', 0))],
    'count_bad': lambda i: i.count('a'),
    'repeat_missing': lambda i: i.repeat(),
    'accumulate_missing': lambda i: i.accumulate(),
})

# ------------------------------------------------------------------ copy

class _Plain:
    def __init__(self):
        self.items = [1, [2, 3]]
        self.name = 'p'


class _Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


class _Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return _Custom(('shallow', self.v))

    def __deepcopy__(self, memo):
        return _Custom(('deep', self.v))


def copy_case(cp):
    orig = [1, [2, 3], {'k': [4]}, (5, [6])]
    shallow = cp.copy(orig)
    deep = cp.deepcopy(orig)
    rec = [1]
    rec.append(rec)
    rdeep = cp.deepcopy(rec)
    plain = _Plain()
    p2 = cp.copy(plain)
    p3 = cp.deepcopy(plain)
    s = _Slotted()
    s2 = cp.deepcopy(s)
    t = (1, 2)
    return [shallow == orig, shallow[1] is orig[1], deep == orig, deep[1] is orig[1], deep[3][1] is orig[3][1],
            rdeep[1] is rdeep, rdeep is not rec, p2.items is plain.items, p3.items is plain.items, p3.items == plain.items,
            s2.a == s.a, s2.a is s.a, s2.b, cp.copy(_Custom(1)).v, cp.deepcopy(_Custom(1)).v,
            cp.deepcopy(t) is t, cp.copy('str'), cp.deepcopy({1, 2}), cp.deepcopy(frozenset([1])),
            cp.copy(collections.OrderedDict(a=1)), cp.deepcopy(collections.Counter('aab'))]


def copy_memo(cp):
    shared = [1]
    obj = [shared, shared]
    memo = {}
    result = cp.deepcopy(obj, memo)
    return [result[0] is result[1], id(shared) in memo, result == obj]


cases(copy, 'copy', {
    'copy': copy_case,
    'memo': copy_memo,
    'error': lambda cp: issubclass(cp.Error, Exception),
})

# ------------------------------------------------------------------ string

cases(string, 'string', {
    'constants': lambda s: [s.ascii_letters, s.ascii_lowercase, s.ascii_uppercase, s.digits, s.hexdigits, s.octdigits,
                            s.punctuation, s.printable, s.whitespace],
    'capwords': lambda s: [s.capwords(' hello  world '), s.capwords('a-b-c', '-'), s.capwords("they're bill's")],
    'substitute': lambda s: s.Template('$who likes ${what} $$ $who').substitute(who='tim', what='kung pao'),
    'substitute_map': lambda s: s.Template('$a $b').substitute({'a': 1, 'b': 2}, b=3),
    'substitute_missing': lambda s: s.Template('$a $c').substitute(a=1),
    'safe': lambda s: s.Template('$a ${b} $ $1 ${c').safe_substitute(a=1),
    'invalid': lambda s: s.Template('line\nx $').substitute(),
    'invalid2': lambda s: s.Template('x ${a').substitute(a=1),
    'identifiers': lambda s: [s.Template('$a ${b} $a $$c').get_identifiers(), s.Template('$a').is_valid(),
                              s.Template('$').is_valid()],
    'formatter': lambda s: [s.Formatter().format('{0}-{x!r:>5}|{}'.replace('|{}', ''), 1, x='a'),
                            s.Formatter().format('{} {} {{}}', 1, 2), s.Formatter().format('{a[0]} {b.imag}', a=[9], b=3),
                            s.Formatter().format('{0:{1}}', 3.14159, '.2f'), list(s.Formatter().parse('a{0!r:>3}b{{c}}'))],
    'formatter_switch': lambda s: s.Formatter().format('{} {0}', 1),
    'formatter_single': lambda s: s.Formatter().format('a}b'),
})

# ------------------------------------------------------------------ types

def types_case(t):
    ns = t.SimpleNamespace(a=1, b='x')
    ns.c = [1]

    class Sub(t.SimpleNamespace):
        pass
    return [repr(ns), ns == t.SimpleNamespace(a=1, b='x', c=[1]), repr(t.SimpleNamespace()), repr(Sub(z=1)),
            t.FunctionType is type(len) , t.FunctionType is types.FunctionType, t.MethodType is types.MethodType,
            t.BuiltinFunctionType is types.BuiltinFunctionType, t.ModuleType is types.ModuleType,
            t.GeneratorType is types.GeneratorType, t.NoneType is type(None), t.MappingProxyType is types.MappingProxyType,
            t.CodeType is types.CodeType, t.GenericAlias is types.GenericAlias, t.UnionType is types.UnionType]


cases(types, 'types', {
    'basics': types_case,
    'namespace_positional': lambda t: t.SimpleNamespace(1),
    'new_class': lambda t: [c.__name__ + str(c.x) for c in [t.new_class('K', (), {}, lambda ns: ns.update(x=5))]],
})

# ------------------------------------------------------------------ random

def random_sequence(seed):
    def run(r):
        g = r.Random(seed)
        out = [g.random() for _ in range(5)]
        out += [g.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)]
        out += [g.randrange(10) for _ in range(10)]
        out += [g.randint(-5, 5) for _ in range(10)]
        out += [g.randrange(0, 100, 7), g.randrange(100, 0, -3), g.randrange(2 ** 80)]
        out.append(g.choice('abcdefghij'))
        x = list(range(30))
        g.shuffle(x)
        out.append(x)
        out.append(g.sample(range(100), 10))
        out.append(g.sample(range(10 ** 6), 50))
        out.append(g.sample('abcde', 5))
        out.append(g.sample(['r', 'g', 'b'], 6, counts=[3, 2, 1]))
        out.append(g.choices('abc', k=10))
        out.append(g.choices('abc', [5, 1, 1], k=10))
        out.append(g.choices('abc', cum_weights=[1, 2, 10], k=10))
        out += [g.uniform(1, 10), g.gauss(), g.gauss(5, 2), g.normalvariate(0, 1), g.triangular(0, 10, 3),
                g.expovariate(1.5), g.gammavariate(0.5, 1), g.gammavariate(3, 2), g.betavariate(2, 3),
                g.lognormvariate(0, 1), g.vonmisesvariate(1, 2), g.paretovariate(2), g.weibullvariate(1, 2)]
        out.append(g.randbytes(7))
        state = g.getstate()
        a = [g.random() for _ in range(3)]
        g.setstate(state)
        out.append(a == [g.random() for _ in range(3)])
        out.append(g.getstate())
        return out
    return run


for s in [0, 1, 2, 42, 12345, -99, 2 ** 32, 2 ** 64 + 17, 3 ** 100, 1.5, -2.25, 'seed', '', b'\x00\xff', bytearray(b'abc'), 'ünïcode']:
    same(f'random.sequence[{s!r}]', random, random_sequence(s))

cases(random, 'random', {
    'module_functions': lambda r: [r.seed(7), r.random(), r.randint(1, 100), r.choice([1, 2, 3]), r.getrandbits(20)],
    'seed_version1': lambda r: [g.random() for g in [r.Random()] for _ in [g.seed('abc', version=1)]],
    'randrange_empty': lambda r: r.Random(1).randrange(0),
    'randrange_float': lambda r: r.Random(1).randrange(1.5),
    'randrange_empty2': lambda r: r.Random(1).randrange(1, 1),
    'randrange_zero_step': lambda r: r.Random(1).randrange(1, 5, 0),
    'randint_empty': lambda r: r.Random(1).randint(5, 1),
    'choice_empty': lambda r: r.Random(1).choice([]),
    'sample_large': lambda r: r.Random(1).sample([1], 2),
    'sample_set': lambda r: r.Random(1).sample({1, 2}, 1),
    'getrandbits_neg': lambda r: r.Random(1).getrandbits(-1),
    'choices_mismatch': lambda r: r.Random(1).choices([1], [1, 2]),
    'choices_positional_k': lambda r: r.Random(1).choices('ab', 3),
    'bad_seed': lambda r: r.Random([1]),
    'setstate_bad': lambda r: r.Random().setstate((9, (), None)),
})

# ------------------------------------------------------------------ posixpath

path_cases = ['', '/', '//', '///', 'a', 'a/b', '/a/b/', 'a//b', '.bashrc', 'a.b.c', 'a/.b', '..',
              '../a/./b/../c', '//a/b', '///a/../..', 'a/b/..', 'x.', '...x', '/a.b/c', 'a/b.tar.gz', '.a.b']
cases(posixpath, 'posixpath', {
    name: (lambda n: lambda p: [getattr(p, n)(c) for c in path_cases] + [getattr(p, n)(c.encode()) for c in path_cases])(name)
    for name in ['split', 'splitext', 'basename', 'dirname', 'normpath', 'isabs', 'splitdrive', 'normcase']
})
cases(posixpath, 'posixpath', {
    'join': lambda p: [p.join('a', 'b'), p.join('a/', 'b'), p.join('/a', '/b', 'c'), p.join('', ''), p.join('a', '', 'b'),
                       p.join(b'a', b'b')],
    'join_mixed': lambda p: p.join('a', b'b'),
    'join_int': lambda p: p.join(1),
    'commonpath': lambda p: [p.commonpath(['/a/b', '/a/c']), p.commonpath(['a/b', 'a']), p.commonpath(['a/./b', 'a/b/c'])],
    'commonpath_mixed': lambda p: p.commonpath(['/a', 'a']),
    'commonpath_empty': lambda p: p.commonpath([]),
    'commonprefix': lambda p: [p.commonprefix(['/usr/lib', '/usr/local']), p.commonprefix([]), p.commonprefix(['abc'])],
    'constants': lambda p: [p.sep, p.curdir, p.pardir, p.extsep, p.altsep, p.pathsep, p.defpath, p.devnull],
})

# File-system functions run against a bridge backed by the os module.
class _OsBridge:
    @staticmethod
    def stat(path, follow_symlinks=True):
        return os.stat(path, follow_symlinks=follow_symlinks)

    @staticmethod
    def getcwd():
        return os.getcwd()

    @staticmethod
    def getenv(name):
        return os.environ.get(name)


sys.modules['_fsbridge'] = _OsBridge
here = os.path.abspath(__file__)
cases(posixpath, 'posixpath.fs', {
    'exists': lambda p: [p.exists(here), p.exists(here + '.missing'), p.isfile(here), p.isdir(here),
                         p.isdir(os.path.dirname(here)), p.islink(here), p.lexists(here), p.getsize(here)],
    'abspath': lambda p: [p.abspath('a/../b'), p.abspath('/x/./y'), p.relpath('/usr/lib', '/usr/local/bin'),
                          p.relpath('a/b'), p.abspath(b'q')],
    'expanduser': lambda p: [p.expanduser('~'), p.expanduser('~/x'), p.expanduser('a~'), p.expanduser('~nobodyxyz/x')],
    'expandvars': lambda p: [p.expandvars('$HOME/x ${HOME} $UNDEFINED_VAR_X ${bad $'), p.expandvars('plain')],
})

# ------------------------------------------------------------------ timeit

def timeit_case(t):
    timer_calls = iter(range(0, 1000, 3))
    fake = lambda: next(timer_calls)
    tm = t.Timer('x = 1', 'y = 2', timer=fake)
    return [tm.timeit(10), tm.repeat(3, 5), t.timeit('pass', number=5, timer=lambda: 1.0)]


cases(timeit, 'timeit', {
    'fake_timer': timeit_case,
    'bad_stmt': lambda t: t.Timer(5),
    'bad_setup': lambda t: t.Timer('pass', 5),
    'globals': lambda t: t.Timer('z + 1', globals={'z': 1}).timeit(3) >= 0,
    'autorange': lambda t: t.Timer('pass', timer=iter(range(0, 10 ** 6)).__next__).autorange()[0],
    'callable': lambda t: [calls for calls in [[]] for _ in [t.Timer(lambda: calls.append(1)).timeit(4)]],
})


# ------------------------------------------------------------------ more cases

class _L(list):
    pass


class _D(dict):
    pass


class _I(int):
    pass


_P = collections.namedtuple('_P', 'x y')


def copy_subclasses(cp):
    objs = [_L([1, [2]]), _D(a=[1]), _I(5), _P(1, [2]), collections.deque([1, [2]], 5),
            collections.defaultdict(list, {1: [2]}), collections.OrderedDict(a=[1]), collections.Counter('aab')]
    out = []
    for o in objs:
        for fn in (cp.copy, cp.deepcopy):
            r = fn(o)
            out.append((type(r).__name__, repr(r), r == o))
    return out


def lru_method(ft):
    class Calc:
        def __init__(self):
            self.calls = 0

        @ft.lru_cache(maxsize=None)
        def double(self, x):
            self.calls += 1
            return 2 * x

    c = Calc()
    return [c.double(2), c.double(2), c.calls, Calc.double.cache_info().hits]


def partialmethod_case(ft):
    class Cell:
        def __init__(self):
            self.state = None

        def set_state(self, value):
            self.state = value

        set_alive = ft.partialmethod(set_state, True)

    c = Cell()
    c.set_alive()
    return c.state


def counter_unsortable(c):
    return repr(c.Counter({1: 'a', 2: 'b'}))


def deque_inplace(c):
    d = c.deque([1, 2])
    d += [3]
    d *= 2
    e = c.deque('ab', 3)
    e.extend('cd')
    return [repr(d), repr(e), repr(d.copy()), d.count(1), repr(c.deque([c.deque([1])]))]


def groupby_reuse(i):
    groups = list(i.groupby('aabbc'))
    return [(k, list(g)) for k, g in groups]


cases(copy, 'copy', {'subclasses': copy_subclasses})
cases(functools, 'functools', {'lru_method': lru_method, 'partialmethod': partialmethod_case})
cases(collections, 'collections', {'counter_unsortable': counter_unsortable, 'deque_inplace': deque_inplace,
                                   'od_eq_dict': lambda c: [c.OrderedDict(a=1) == {'a': 1}, {'a': 1} == c.OrderedDict(a=1)],
                                   'defaultdict_or': lambda c: repr(c.defaultdict(int, a=1) | {'b': 2})})
cases(itertools, 'itertools', {'groupby_reuse': groupby_reuse})


cases(collections, 'collections.user', {
    'userdict': lambda c: [repr(c.UserDict(a=1)), repr(c.UserDict({'a': 1}).keys()), repr(c.UserDict(a=1).items()),
                           c.UserDict(a=1) == c.UserDict(a=1), c.UserDict(a=1) == {'a': 1}, repr(c.UserDict(a=1) | {'b': 2}),
                           repr(c.UserDict(a=1).copy()), c.UserDict(a=1).pop('a'), repr(c.UserDict.fromkeys('ab'))],
    'userdict_missing': lambda c: c.UserDict()['x'],
    'userdict_popitem': lambda c: c.UserDict().popitem(),
    'userlist': lambda c: [repr(c.UserList([1, 2])), repr(c.UserList([1]) + [2]), repr([0] + c.UserList([1])),
                           repr(c.UserList([1, 2, 3])[1:]), type(c.UserList([1, 2])[1:]).__name__, c.UserList([1]) == [1],
                           repr(c.UserList('ab') * 2)],
    'userstring': lambda c: [repr(c.UserString('ab')), repr(c.UserString('ab').upper()), type(c.UserString('ab').upper()).__name__,
                             c.UserString('a b').split(), c.UserString('abc').find(c.UserString('c')), repr(c.UserString('x') + 'y'),
                             repr('y' + c.UserString('x')), 'b' in c.UserString('abc'), repr(c.UserString('abc')[1]),
                             c.UserString(5).data, hash(c.UserString('q')) == hash('q')],
})

print(f'{passed} passed, {len(failures)} failed')
sys.exit(1 if failures else 0)
