# Uncaught exception raised from another: only the final one is the last stderr line.
def fetch(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("no entry for %s" % k) from e
print(fetch({"a": 1}, "a"))
try:
    fetch({}, "b")
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
fetch({}, "missing")
