"""Higher-order functions and operations on callable objects, FatSharp's implementation."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from collections import namedtuple


class _BoundMethodProbe:
    def method(self):
        pass


_MethodType = type(_BoundMethodProbe().method)

# Sentinel distinguishing "no initial value" from any value the caller passes.
_MISSING = object()


# ---------------------------------------------------------------- wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last so a __wrapped__ copied from wrapped.__dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments.
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- reduce

def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = _MISSING
        for value in it:
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial

class _ReadOnlySlot:
    """Data descriptor exposing a stored field that cannot be reassigned."""

    def __init__(self, field):
        self._field = field

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__['_partial_' + self._field]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    func = _ReadOnlySlot('func')
    args = _ReadOnlySlot('args')
    keywords = _ReadOnlySlot('keywords')

    def __new__(*args, **keywords):
        if not args:
            raise TypeError("descriptor '__new__' of 'partial' object needs an argument")
        cls = args[0]
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[1]
        args = args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain inner partial is merged into the new one.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__:
            inner_state = {k: v for k, v in func.__dict__.items() if not k.startswith('_partial_')}
            if not inner_state:
                args = func.args + args
                merged = dict(func.keywords)
                merged.update(keywords)
                keywords = merged
                func = func.func
        self = object.__new__(cls)
        d = self.__dict__
        d['_partial_func'] = func
        d['_partial_args'] = tuple(args)
        d['_partial_keywords'] = dict(keywords)
        return self

    def __call__(self, /, *args, **keywords):
        d = self.__dict__
        if d['_partial_keywords']:
            merged = dict(d['_partial_keywords'])
            merged.update(keywords)
            keywords = merged
        return d['_partial_func'](*d['_partial_args'], *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        state = {k: v for k, v in self.__dict__.items() if not k.startswith('_partial_')}
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, state or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        d = self.__dict__
        if namespace:
            d.update(namespace)
        d['_partial_func'] = func
        d['_partial_args'] = tuple(args)
        d['_partial_keywords'] = dict(kwds) if kwds else {}

    def __get__(self, obj, owner=None):
        # Like the builtin partial, a partial stored on a class is not a method.
        return self


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        result = None
        if getter is not None and not isinstance(self.func, partial):
            bound = getter(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            method = self

            def _method(cls_or_self, /, *args, **keywords):
                keywords = {**method.keywords, **keywords}
                return method.func(cls_or_self, *method.args, *args, **keywords)

            _method.__isabstractmethod__ = self.__isabstractmethod__
            _method._partialmethod = self
            result = _MethodType(_method, obj) if obj is not None else _method
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    """Key object built by cmp_to_key; one shared type, so keys from different cmp_to_key calls compare."""
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def __lt__(self, other):
        return self.cmp(self.obj, _key_obj(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, _key_obj(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, _key_obj(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, _key_obj(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, _key_obj(other)) >= 0

    __hash__ = None


def _key_obj(other):
    if not isinstance(other, KeyWrapper):
        raise TypeError('other argument must be K instance')
    return other.obj


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp, None)


# ---------------------------------------------------------------- total_ordering

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


# Preference order of the operation used as the root: <, <=, >, >=.
_DERIVED = (
    ('__lt__', (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt))),
    ('__le__', (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le))),
    ('__gt__', (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt))),
    ('__ge__', (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge))),
)


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = set()
    for name, _ in _DERIVED:
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.add(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for root, derived in _DERIVED:
        if root in defined:
            break
    for name, func in derived:
        if name not in defined:
            def make(func, name):
                def method(self, other):
                    return func(self, other)
                method.__name__ = name
                method.__qualname__ = f'{cls.__qualname__}.{name}'
                method.__doc__ = func.__doc__
                return method
            setattr(cls, name, make(func, name))
    return cls


# ---------------------------------------------------------------- lru_cache

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

# Separates positional from keyword arguments inside a cache key.
_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    # A lone int or str argument is its own key, as in CPython (so f(2) and
    # f(2.0) are distinct entries even without typed=True).
    if not kwds and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


class _lru_cache_wrapper:
    """Callable wrapper storing the results of calls to a function."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            if maxsize is not None:
                # Most recently used entries live at the end of the dict.
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # A recursive call already stored this key; keep that entry.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            for oldest in cache:
                break
            del cache[oldest]
        cache[key] = result
        return result

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = 'functools'


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f"does not support item assignment for caching {self.attrname!r} property.")
                raise TypeError(msg) from None
        return value


cached_property.__module__ = 'functools'


# ---------------------------------------------------------------- singledispatch

def _find_impl(cls, registry):
    # Dispatch on the first class of the MRO that has an implementation.
    # Virtual subclasses registered through abc are not considered.
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {object: func}
    dispatch_cache = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        impl = dispatch_cache.get(cls, _MISSING)
        if impl is _MISSING:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class.')
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.')
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _ReadOnlyMapping(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class _ReadOnlyMapping:
    """Read-only view of a dict (stands in for types.MappingProxyType)."""
    __slots__ = ('_data',)

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return f'mappingproxy({self._data!r})'


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
