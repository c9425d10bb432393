# NameError / UnboundLocalError, then an uncaught NameError.
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)
def f():
    try:
        v = v + 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def g():
    del_me = 1
    del del_me
    try:
        del_me
    except NameError as e:
        print(type(e).__name__, e)
g()
print("before")
print(also_undefined + 1)
