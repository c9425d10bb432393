# raise from, __cause__, __context__, __suppress_context__, __traceback__.
def show(e):
    print(type(e).__name__, repr(e), "cause=%r" % (e.__cause__,), "context=%r" % (e.__context__,), "suppress=%s" % e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("none cause") from None
except RuntimeError as e:
    show(e)

try:
    raise TypeError("t") from ValueError("explicit cause, no context")
except TypeError as e:
    show(e)

try:
    raise IndexError from KeyError
except IndexError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            raise TypeError("c")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

e = ValueError("manual")
e.__cause__ = KeyError("set later")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)
e2 = ValueError()
print(e2.__cause__, e2.__context__, e2.__suppress_context__, e2.__traceback__)
try:
    raise e2
except ValueError as caught:
    print(caught is e2, caught.__traceback__ is not None, type(caught.__traceback__).__name__)

def f():
    try:
        raise KeyError("inner")
    finally:
        pass
try:
    try:
        f()
    except KeyError as ke:
        raise
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("ctx")
    except ValueError as v:
        exc = RuntimeError("with context")
        raise exc
except RuntimeError as e:
    show(e)

# Context is not set to itself.
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

err = None
try:
    try:
        raise KeyError("one")
    except KeyError:
        raise ValueError("two") from None
except ValueError as e:
    err = e
print(err.__context__ is not None, err.__suppress_context__, err.__cause__)
try:
    raise ValueError("with_traceback").with_traceback(None)
except ValueError as e:
    print(repr(e))
class MyErr(Exception):
    pass
try:
    try:
        raise MyErr("base")
    except MyErr as m:
        raise MyErr("second") from m
except MyErr as e:
    print(e, e.__cause__, e.__cause__ is e.__context__)
import sys
try:
    raise KeyError("exc_info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
