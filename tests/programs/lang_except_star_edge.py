# except*: re-raise shapes, naked exceptions, handler errors, group construction rules and split conditions.
def show(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print(type(e).__name__, repr(e), "| context:", repr(e.__context__))

def unmatched_naked():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
show(unmatched_naked)

def raise_and_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise KeyError("x")
    except* TypeError:
        raise
show(raise_and_reraise)

def raise_match_object():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show(raise_match_object)

def bare_reraise_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
show(bare_reraise_naked)

def new_from_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
show(new_from_naked)

def catch_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [OSError(2)])])
    except* Exception as e:
        print("whole group:", repr(e))
show(catch_all)

def each_handler_once():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as e:
        print("values", e.exceptions)
    except* (ValueError, TypeError) as e:
        print("rest", e.exceptions)
show(each_handler_once)

def not_allowed():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
show(not_allowed)

class MG(ExceptionGroup):
    pass
show(lambda: MG("x", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("x", 5))
show(lambda: ExceptionGroup("x", [ValueError()]).split(5))
show(lambda: print(BaseExceptionGroup("b", [ValueError()]).__class__.__name__))

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
print(eg.exceptions)
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m), repr(r))
print(repr(eg.subgroup((TypeError, OSError))))
print(eg.subgroup(lambda e: e is eg) is eg, eg.split(ExceptionGroup)[0] is eg)
print(str(ExceptionGroup("one", [ValueError()])), "|", ExceptionGroup("two", [ValueError(), ValueError()]))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as g:
    print("base group not an Exception:", repr(g))

def finally_and_else():
    for exc in (None, ValueError("v")):
        try:
            if exc:
                raise exc
        except* ValueError:
            print("handled", repr(exc))
        else:
            print("else ran")
        finally:
            print("finally ran")
finally_and_else()

eg = ExceptionGroup("noted", [ValueError("a")])
eg.add_note("first note")
raise eg
