# A BaseException subclass is not caught by 'except Exception' and ends the program.
class Abort(BaseException):
    pass
def step(n):
    if n == 3:
        raise Abort("aborting at step %d" % n)
    return n * 10
for i in range(5):
    try:
        print(step(i))
    except Exception:
        print("never: Exception does not catch BaseException subclasses")
    finally:
        print("finally", i)
