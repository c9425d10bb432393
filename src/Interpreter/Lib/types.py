"""Names for built-in types, FatSharp's implementation.

Each type is taken from a sample object, so it is whatever the interpreter
uses.  Types the interpreter cannot produce a sample of are left out and an
attribute access names them as missing.
"""

import sys as _sys

_unavailable = {}


def _sample(name, make):
    try:
        globals()[name] = make()
    except Exception as exc:
        _unavailable[name] = exc


def _function():
    pass


class _Class:
    def _method(self):
        pass

    @classmethod
    def _classmethod(cls):
        pass


def _generator_function():
    yield 1


FunctionType = type(_function)
LambdaType = type(lambda: None)
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
GeneratorType = type(_generator_function())
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

def _require_not(found, unwanted, name):
    if found is unwanted:
        raise TypeError(f'{name} is not a distinct type in this interpreter')
    return found


_sample('CodeType', lambda: type(_function.__code__))
_sample('CellType', lambda: type((lambda x: lambda: x)(0).__closure__[0]))


def _compile_sample(source, name):
    # Compiled at run time so an interpreter without async support can still
    # import this module; the type is then reported as unavailable.
    namespace = {}
    exec(source, namespace)
    return namespace[name]


def _make_coroutine_type():
    c = _compile_sample('async def f():\n    pass\n', 'f')()
    try:
        return type(c)
    finally:
        c.close()


_sample('CoroutineType', _make_coroutine_type)
_sample('AsyncGeneratorType',
        lambda: type(_compile_sample('async def g():\n    yield 1\n', 'g')()))
_sample('MappingProxyType', lambda: _require_not(type(type.__dict__), dict, 'mappingproxy'))
_sample('WrapperDescriptorType', lambda: type(object.__init__))
_sample('MethodWrapperType', lambda: type(object().__str__))
_sample('MethodDescriptorType', lambda: type(str.join))
_sample('ClassMethodDescriptorType', lambda: type(dict.__dict__['fromkeys']))
_sample('GetSetDescriptorType', lambda: type(FunctionType.__code__))
_sample('MemberDescriptorType', lambda: type(FunctionType.__globals__))
_sample('GenericAlias', lambda: type(list[int]))
_sample('UnionType', lambda: type(int | str))


def _make_traceback_type():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__), type(exc.__traceback__.tb_frame)


try:
    TracebackType, FrameType = _make_traceback_type()
    if TracebackType is type(None):
        del TracebackType, FrameType
        raise AttributeError('no traceback objects')
except Exception as _exc:
    _unavailable['TracebackType'] = _exc
    _unavailable['FrameType'] = _exc


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_active:
            return f'{name}(...)'
        _repr_active.add(key)
        try:
            parts = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_active.discard(key)
        return f'{name}({parts})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_active = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: '
                        'the metaclass of a derived class '
                        'must be a (non-strict) subclass '
                        'of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & 0x20:
        # A generator function: its generators may now be awaited (CO_ITERABLE_COROUTINE).
        func.__code__ = func.__code__.replace(co_flags=func.__code__.co_flags | 0x100)
    return func


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def __getattr__(name):
    if name in _unavailable:
        raise AttributeError(f'types.{name} is not available in FatSharp: {_unavailable[name]}')
    raise AttributeError(f"module 'types' has no attribute {name!r}")


__all__ = [n for n in globals() if n[:1] != '_' and n[:1].isupper() or n in ('new_class', 'prepare_class', 'resolve_bases', 'coroutine')]
