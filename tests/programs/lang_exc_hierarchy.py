# Custom exception hierarchies, builtin hierarchy checks, matching order.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
class NotFound(AppError):
    pass
class Forbidden(AppError):
    pass
class Timeout(AppError, TimeoutError):
    pass

for exc in (NotFound("no page", 404), Forbidden("nope", 403), Timeout("slow", 504), AppError("generic")):
    try:
        raise exc
    except NotFound as e:
        print("NotFound handler:", e, e.args)
    except (Forbidden, Timeout) as e:
        print("Forbidden/Timeout handler:", e, isinstance(e, OSError))
    except AppError as e:
        print("AppError handler:", e, repr(e))

print([c.__name__ for c in Timeout.__mro__])
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
    (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (BoolWarningPlaceholder := DeprecationWarning, Warning),
    (UnboundLocalError, NameError), (TabError, SyntaxError), (IndentationError, SyntaxError),
    (BrokenPipeError, ConnectionError), (EnvironmentError, OSError), (IOError, OSError),
    (AssertionError, Exception), (AttributeError, Exception), (StopAsyncIteration, Exception),
    (ExceptionGroup, BaseExceptionGroup), (ExceptionGroup, Exception), (BaseExceptionGroup, Exception),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(EnvironmentError is OSError, IOError is OSError)

class WithExtra(Exception):
    pass
e = WithExtra("a", 1, [2])
e.note = "attached"
print(e.args, str(e), repr(e), e.note)
print(str(WithExtra()), repr(WithExtra()), str(WithExtra("solo")), repr(WithExtra("solo")))

class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuperInit(5)
print(n.args, str(n), repr(n), n.value)

def classify(fn):
    try:
        fn()
    except LookupError as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
    return "ok"
print(classify(lambda: [][0]), classify(lambda: {}[1]), classify(lambda: 1 // 0), classify(lambda: 2.0 ** 5000),
      classify(lambda: int("z")), classify(lambda: None))

handlers = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print("caught via variable:", e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
class Strange(Exception):
    def __init__(self):
        super().__init__("made by class")
try:
    raise Strange
except Strange as e:
    print("instantiated:", e)
e = Exception("n")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file")))
print(KeyError("k"), str(KeyError("k", "j")), repr(KeyError()), str(KeyError()))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason)
print(AttributeError("a", name="n", obj=1).name, NameError("x", name="y").name)
