# SystemExit propagates through finally blocks and with-statements; exit(None) is status 0 but raise continues.
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit saw", exc[0].__name__ if exc[0] else None)
        return False
try:
    sys.exit(None)
except SystemExit as e:
    print("None code:", e.code)
try:
    with CM():
        sys.exit(4)
except SystemExit as e:
    print("through with:", e.code)
def nested():
    try:
        try:
            sys.exit(7)
        finally:
            print("inner finally")
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("outer finally")
nested()
