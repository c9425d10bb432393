"""Iterator building blocks (FatSharp's own implementation, as generators)."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


class chain:
    def __init__(self, *iterables):
        self._gen = (x for it in iterables for x in it)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._gen = (x for it in iterables for x in it)
        return c


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (predicate(x) if predicate is not None else x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    def build(prefix, remaining):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in remaining:
            yield from build(prefix + [i], [j for j in remaining if j != i])
    yield from build([], list(range(n)))


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(start, n):
            yield from build(i + 1, prefix + [i])
    if r <= n:
        yield from build(0, [])


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(start, n):
            yield from build(i, prefix + [i])
    if n or not r:
        yield from build(0, [])


def groupby(iterable, key=None):
    keyfunc = key if key is not None else (lambda v: v)
    it = iter(iterable)
    sentinel = object()
    current = next(it, sentinel)
    while current is not sentinel:
        k = keyfunc(current)
        group = [current]
        current = next(it, sentinel)
        while current is not sentinel and keyfunc(current) == k:
            group.append(current)
            current = next(it, sentinel)
        yield k, iter(group)


def pairwise(iterable):
    it = iter(iterable)
    sentinel = object()
    prev = next(it, sentinel)
    if prev is sentinel:
        return
    for x in it:
        yield prev, x
        prev = x


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))
