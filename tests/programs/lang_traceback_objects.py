# Traceback objects: __traceback__, tb_next chains, tb_lineno, sys.exc_info(), with-statement __exit__ arguments.
import sys

def inner():
    raise ValueError("deep")

def middle():
    inner()

def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, lines(tb), tb.tb_frame.f_lineno == tb.tb_lineno)
    print(sys.exc_info()[2] is not None, lines(sys.exc_info()[2]) == lines(tb))

try:
    raise KeyError("here")
except KeyError as e:
    print(lines(e.__traceback__))

fresh = RuntimeError("never raised")
print(fresh.__traceback__)
print(fresh.with_traceback(None) is fresh, fresh.__traceback__)

class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, type(tb).__name__, lines(tb) if tb else [])
        return True

r = Recorder()
with r:
    middle()
print(r.seen)
with r:
    pass
print(r.seen)

def reraise():
    try:
        inner()
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("reraised", lines(e.__traceback__))

def chained():
    try:
        inner()
    except ValueError as e:
        raise TypeError("wrapped") from e

try:
    chained()
except TypeError as e:
    print(lines(e.__traceback__), lines(e.__cause__.__traceback__))
try:
    ValueError().__traceback__ = 5
except TypeError as e:
    print("TypeError", e)
