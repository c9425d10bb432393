# The order of a function's locals (co_varnames, locals()) follows CPython's:
# parameters first, then names in the order the body first evaluates or binds them.


class suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, self.kind)


def loops(n):
    total = 0
    for k in range(n):
        total += k
    x, y = 1, 2
    return list(locals())


def right_side_first(a):
    b = a
    c = d = b
    for e in [c]:
        f = e
    return list(locals())


def handlers(p, *args, q=1, **kw):
    try:
        import os.path as osp
        from math import floor as fl, ceil
        raise ValueError(p)
    except ValueError as err:
        msg = str(err)
    with suppress(ZeroDivisionError) as sup:
        z = 1 / 0
    if (w := len(args)) > 0:
        pass
    squares = [i * i for i in range(3)]

    def inner():
        return msg

    class Local:
        pass
    del inner
    return [name for name in handlers.__code__.co_varnames]


def augmented():
    count = 0
    count += 1
    later = count
    unpack_a, (unpack_b, *unpack_rest) = 1, (2, 3, 4)
    return list(locals())


def uses_before_binding():
    for item in range(2):
        if item:
            print(seen)
        seen = item
    return list(locals())


for fn in (loops, right_side_first, handlers, augmented, uses_before_binding):
    print(fn.__name__, fn.__code__.co_varnames)
print(loops(3))
print(right_side_first(0))
print(handlers(1))
print(augmented())
print(uses_before_binding())
