# An exception raised in a finally block replaces the original one (uncaught).
def risky():
    try:
        print("body raises ValueError")
        raise ValueError("original")
    finally:
        print("finally raises KeyError")
        raise KeyError("from finally")
try:
    risky()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
risky()
