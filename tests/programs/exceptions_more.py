def f():
    try:
        return "try"
    finally:
        return "finally wins"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(h())
e1 = ValueError("a", 1)
print(str(e1), repr(e1), e1.args, str(KeyError("k")), str(KeyError("a", "b")), repr(Exception()), str(Exception()))
class Bad(Exception):
    pass
class Worse(Bad):
    pass
for exc in (Bad, Worse, ValueError):
    try:
        raise exc("x")
    except Worse:
        print("Worse")
    except Bad as b:
        print("Bad", type(b).__name__)
    except Exception as other:
        print("other", type(other).__name__)
try:
    raise Worse
except Bad as b:
    print("class raised", repr(b))
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as z:
        print("outer caught", z)
    else:
        print("not reached")
nested()
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as v:
    print(v, v.__cause__, v.__suppress_context__, repr(v.__context__))
errs = []
for item in ["1", "x", "2", None]:
    try:
        errs.append(int(item))
    except ValueError as ve:
        errs.append(str(ve))
    except TypeError as te:
        errs.append(type(te).__name__)
print(errs)
try:
    raise StopIteration(5)
except StopIteration as s:
    print("value", s.value)
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as r:
    print("RuntimeError:", r)
try:
    [1, 2, 3].index(7)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    x = 1 + "a"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
