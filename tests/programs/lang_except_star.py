# ExceptionGroup and except*.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))

try:
    raise eg
except* ValueError as g:
    print("ValueError part:", repr(g))
except* (TypeError, KeyError) as g:
    print("Type/Key part:", repr(g))

def unhandled_rest():
    try:
        raise ExceptionGroup("grp", [ValueError("a"), OSError("b")])
    except* ValueError as g:
        print("handled", g.exceptions)
try:
    unhandled_rest()
except ExceptionGroup as rest:
    print("rest:", repr(rest))

nested = ExceptionGroup("outer", [ValueError("x"), ExceptionGroup("inner", [TypeError("y"), ValueError("z")])])
try:
    raise nested
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))

match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, TypeError))))
print(nested.subgroup(KeyError))
sub = nested.derive([KeyError("new")])
print(repr(sub), type(sub).__name__)

try:
    raise ValueError("plain")
except* ValueError as g:
    print("naked exception wrapped:", repr(g), type(g).__name__)

beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__)
eg2 = BaseExceptionGroup("auto", [ValueError(), TypeError()])
print(type(eg2).__name__)

try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup(5, [ValueError()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

def raises_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("orig")])
    except* ValueError:
        raise KeyError("from handler")
try:
    raises_in_handler()
except BaseException as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0].__context__) if isinstance(e, BaseExceptionGroup) else "")

count = 0
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        count += 1
print("count", count)

try:
    try:
        raise ExceptionGroup("all handled", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        print("handled both:", [str(e) for e in g.exceptions])
    else:
        print("no else")
    finally:
        print("finally runs")
except Exception as e:
    print("unexpected", e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
eg3 = ExceptionGroup("notes", [ValueError()])
eg3.add_note("a note")
print(eg3.__notes__, eg3.split(ValueError)[0].__notes__)
print(eg.split(ZeroDivisionError))
