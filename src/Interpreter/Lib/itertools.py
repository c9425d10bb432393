"""Functions creating iterators for efficient looping, FatSharp's implementation.

Every iterator is a class (so arguments are checked when it is created, as
in CPython); the iteration itself is delegated to a private generator.
"""

import sys as _sys

_MAXSIZE = getattr(_sys, 'maxsize', (1 << 63) - 1)


def _iter(obj):
    return iter(obj)


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _as_index(value, message, error=ValueError):
    if value is None:
        return None
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error(message)
    return index(value)


class _Iterator:
    """Shared protocol: subclasses set self._gen to a generator."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_value', '_step')

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f'count() takes at most 2 arguments ({len(args)} given)')
        params = dict(zip(('start', 'step'), args))
        for key, value in kwargs.items():
            if key not in ('start', 'step'):
                raise TypeError(f"count() got an unexpected keyword argument {key!r}")
            if key in params:
                raise TypeError(f"argument for count() given by name ('{key}') and position")
            params[key] = value
        start = params.get('start', 0)
        step = params.get('step', 1)
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
            if isinstance(v, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._value = start
        self._step = step
        self._gen = None

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {step!r})'

    def __reduce__(self):
        return (type(self), (self._value, self._step))


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(_iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """
    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        if 'object' in kwargs:
            args = (kwargs.pop('object'),) + args
        if 'times' in kwargs:
            args = args + (kwargs.pop('times'),)
        if kwargs:
            raise TypeError(f'repeat() got an unexpected keyword argument {next(iter(kwargs))!r}')
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError(f'repeat() takes at most 2 arguments ({len(args)} given)')
        self._object = args[0]
        if len(args) == 2:
            times = args[1]
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._times = max(times, 0)
        else:
            self._times = None
        self._gen = None

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        initial = kwargs.pop('initial', None)
        func = kwargs.pop('func', None) if len(args) < 2 else None
        if 'iterable' in kwargs:
            args = (kwargs.pop('iterable'),) + args
        if kwargs:
            raise TypeError(f'accumulate() got an unexpected keyword argument {next(iter(kwargs))!r}')
        if not args:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        if len(args) > 2:
            raise TypeError(f'accumulate() takes at most 2 arguments ({len(args)} given)')
        if len(args) == 2:
            func = args[1]
        self._gen = self._run(_iter(args[0]), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from _iter(source)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(_iter(iterable))
        return self

    def __class_getitem__(cls, item):
        return cls


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(_iter(data), _iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, _iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, _iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, _iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, _iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(_iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object
    """
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        iterable = args[0]
        stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if len(args) == 2:
            start, stop, step = 0, args[1], 1
            stop = _as_index(stop, stop_msg)
            if stop is not None and (stop < 0 or stop > _MAXSIZE):
                raise ValueError(stop_msg)
        else:
            start = args[1]
            stop = args[2]
            step = args[3] if len(args) == 4 else None
            start = _as_index(start, start_msg)
            stop = _as_index(stop, start_msg)
            if start is None:
                start = 0
            if start < 0 or start > _MAXSIZE or (stop is not None and (stop < 0 or stop > _MAXSIZE)):
                raise ValueError(start_msg)
            step = _as_index(step, 'Step for islice() must be a positive integer or None.')
            if step is None:
                step = 1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(_iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        consumed = 0
        target = start
        while stop is None or target < stop:
            while consumed < target:
                try:
                    next(it)
                except StopIteration:
                    return
                consumed += 1
                if stop is not None and consumed >= stop:
                    return
            try:
                item = next(it)
            except StopIteration:
                return
            consumed += 1
            target += step
            if stop is not None and target > stop:
                target = stop
            yield item
        # The position of the next item reached stop: consume the items
        # between, as CPython does before reporting exhaustion.
        while stop is not None and consumed < stop:
            try:
                next(it)
            except StopIteration:
                return
            consumed += 1


class zip_longest(_Iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.
    """
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._gen = self._run([_iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        if not iterators:
            return
        active = len(iterators)
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    values.append(fillvalue)
            yield tuple(values)


class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_has_curr', '_group_id')

    def __init__(self, iterable, key=None):
        self._it = _iter(iterable)
        self._keyfunc = key
        self._has_curr = False
        self._currkey = None
        self._currvalue = None
        self._tgtkey = None
        self._group_id = 0
        self._gen = None

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._has_curr = True

    def __next__(self):
        self._group_id += 1
        # Skip what remains of the current group.
        if self._has_curr and self._group_id > 1:
            while self._currkey == self._tgtkey:
                try:
                    self._step()
                except StopIteration:
                    self._has_curr = False
                    raise
        if not self._has_curr:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._group_id))


class _grouper(_Iterator):
    __slots__ = ('_parent', '_tgtkey', '_id')

    def __init__(self, parent, tgtkey, group_id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = group_id
        self._gen = None

    def __next__(self):
        parent = self._parent
        if parent._group_id != self._id:
            raise StopIteration
        if not parent._has_curr:
            parent._step()
        if not (parent._currkey == self._tgtkey):
            raise StopIteration
        value = parent._currvalue
        parent._has_curr = False
        return value


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee(_Iterator):
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = _iter(iterable)
            self._link = _TeeLink()
        self._gen = None

    def __next__(self):
        link = self._link
        if link.next is None:
            # This copy is the furthest ahead: fetch from the shared source.
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iterable if isinstance(iterable, _tee) else _iter(iterable)
    first = it if isinstance(it, _tee) else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(_tee(first))
    return tuple(result)


class product(_Iterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) != 1 or 'repeat' not in kwargs:
                raise TypeError(f'product() got an unexpected keyword argument {next(k for k in kwargs if k != "repeat")!r}')
            repeat = kwargs['repeat']
            if not isinstance(repeat, int):
                raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(p) == 0 for p in pools):
            return
        n = len(pools)
        indices = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            # Advance the rightmost index that is not at its end (odometer).
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][indices[k]] for k in range(n))


def _check_r(name, r, required):
    if r is None:
        return None
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iterator):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = _check_r('permutations', r, False)
        if r is None:
            r = len(pool)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # Lexicographic order of index tuples, generated by recursion on a
        # stack of (position, candidate) choices.
        used = [False] * n
        chosen = []

        def walk(depth):
            if depth == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from walk(depth + 1)
                    chosen.pop()
                    used[i] = False

        yield from walk(0)


def _pool_and_r(name, args, kwargs):
    """The (iterable, r) arguments of combinations() and combinations_with_replacement(), with their errors."""
    if 'iterable' in kwargs:
        args = (kwargs.pop('iterable'),) + args
    if 'r' in kwargs:
        args = args + (kwargs.pop('r'),)
    if kwargs:
        raise TypeError(f'{name}() got an unexpected keyword argument {next(iter(kwargs))!r}')
    if len(args) < 1:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if len(args) < 2:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    if len(args) > 2:
        raise TypeError(f'{name}() takes at most 2 arguments ({len(args)} given)')
    return tuple(args[0]), _check_r(name, args[1], True)


class combinations(_Iterator):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pool, r = _pool_and_r('combinations', args, kwargs)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pool, r = _pool_and_r('combinations_with_replacement', args, kwargs)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple(pool[i] for i in indices)
