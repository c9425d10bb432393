# Exceptions raised from other exceptions; the uncaught one's own line ends stderr.
def fetch(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("no entry for %s" % k) from e
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("cannot parse %r" % s)
def quiet(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("quiet failure") from None
print(fetch({"a": 1}, "a"))
for fn, arg in ((fetch, "b"), (parse, "x"), (quiet, "y")):
    try:
        fn({}, arg) if fn is fetch else fn(arg)
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
def chain_three():
    try:
        try:
            raise ValueError("level 1")
        except ValueError as a:
            raise KeyError("level 2") from a
    except KeyError as b:
        raise IndexError("level 3") from b
try:
    chain_three()
except IndexError as e:
    cur, names = e, []
    while cur:
        names.append("%s(%s)" % (type(cur).__name__, cur))
        cur = cur.__cause__
    print(" -> ".join(names))
fetch({}, "missing")
