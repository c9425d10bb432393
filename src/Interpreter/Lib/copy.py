"""Generic (shallow and deep) copying operations, FatSharp's implementation.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y

Classes control copying with __copy__() and __deepcopy__(memo); otherwise
the __reduce_ex__(4) protocol is used.  Plain instances that do not
customize reduction are rebuilt directly from cls.__new__ and their state,
so copying works without the copyreg module.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _sample_function():
    pass


# Types whose instances are immutable and shared by both kinds of copy.
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           str, bytes, range, type, type(_sample_function), type(len), property}


def _copy_state(y, state, deep, memo):
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        try:
            setter = type(y).__setstate__
        except AttributeError:
            setter = None
        if setter is not None and setter is not getattr(object, '__setstate__', None):
            y.__setstate__(state)
            return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


# Looked up once; an interpreter whose object lacks them gives None for both
# sides of the comparison, so plain instances still take the direct path.
_OBJECT_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _uses_default_reduce(cls):
    return (getattr(cls, '__reduce_ex__', None) is _OBJECT_REDUCE_EX
            and getattr(cls, '__reduce__', None) is _OBJECT_REDUCE)


def _default_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(x, '__dict__', None)
    slots = _slot_values(x)
    if slots:
        return (state, slots)
    return state


def _slot_values(x):
    # The values of the __slots__ attributes that are set, as object.__getstate__ reports them.
    values = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__') and klass.__name__.lstrip('_'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if hasattr(x, name):
                values[name] = getattr(x, name)
    return values


def _rebuild_default(x, cls, deep, memo):
    # What object.__reduce_ex__(4) describes, done directly: cls.__new__ with
    # __getnewargs_ex__/__getnewargs__, then the state, then list or dict items.
    args = ()
    kwargs = {}
    if hasattr(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(cls, '__getnewargs__'):
        args = x.__getnewargs__()
    if deep and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    state = _default_state(x)
    if state:
        _copy_state(y, state, deep, memo)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, deep=False):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _copy_state(y, state, deep, memo)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _reduce(x, cls):
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(x, '__reduce__', None)
        if reductor is None:
            raise Error(f'un(shallow)copyable object of type {cls}')
        rv = reductor()
    return rv


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _uses_default_reduce(cls):
        return _rebuild_default(x, cls, False, None)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A recursive tuple may already have been copied while copying items.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif _uses_default_reduce(cls):
            y = _rebuild_default(x, cls, True, memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv, deep=True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo so its id is not reused while the
    copy is in progress."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
