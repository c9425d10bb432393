def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        return 1 / 0
    if n == 3:
        return [][1]
    if n == 4:
        return {}["k"]
    if n == 5:
        return int("abc")
    if n == 6:
        return undefined_name
    if n == 7:
        return "a" + 1
    if n == 8:
        return None.attr
    return "ok"

for i in range(10):
    try:
        print(i, risky(i))
    except (ValueError, KeyError) as e:
        print(i, "value/key", type(e).__name__, e, e.args)
    except ZeroDivisionError as e:
        print(i, "zero div", e)
    except LookupError as e:
        print(i, "lookup", repr(e))
    except Exception as e:
        print(i, "other", type(e).__name__, e)
    else:
        print(i, "no exception")
    finally:
        print(i, "finally")

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(42, "app failed")
except AppError as e:
    print(e.code, e, e.args, isinstance(e, Exception))

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "context:", repr(e.__context__), e.__suppress_context__)

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
    return "done"
print(g())

def h():
    try:
        raise ValueError
    except ValueError:
        try:
            raise
        except ValueError as e:
            return "reraised " + type(e).__name__
print(h())
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
e = None
try:
    raise IndexError("x")
except IndexError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), BaseException.__subclasses__()[:0])
