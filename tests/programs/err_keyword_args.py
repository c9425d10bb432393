# Keyword-argument errors in calls to Python functions and builtins; uncaught at the end.
def connect(host, port=80, *, timeout=10):
    return "%s:%d (%ds)" % (host, port, timeout)
print(connect("a"), connect("b", 8080), connect("c", timeout=1))
for call in (lambda: connect("a", 1, 2), lambda: connect(host="a", hst="b"), lambda: connect("a", host="b"),
             lambda: connect(port=1), lambda: len(obj=[1]), lambda: sorted([1], reversed=True), lambda: int(x="5"),
             lambda: "a".split(sep=",", max=1), lambda: dict.fromkeys(keys=[1]), lambda: print("x", flush=1, bad=2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
settings = {"host": "h", "port": 1, "retries": 3}
connect(**settings)
