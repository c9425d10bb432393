# Changing a global "constant" between calls must change the results.
LIMIT = 10
FACTOR = 3
NAME = "alpha"

def compute():
    return LIMIT * FACTOR

def loop_sum():
    total = 0
    for i in range(LIMIT):
        total += i
    return total

def greet():
    return "hello " + NAME

for _ in range(2):
    print(compute(), loop_sum(), greet())
LIMIT = 20
print(compute(), loop_sum(), greet())
FACTOR = -1
NAME = "beta"
print(compute(), loop_sum(), greet())
def set_limit(v):
    global LIMIT
    LIMIT = v
set_limit(5)
print(compute(), loop_sum())
globals()["FACTOR"] = 100
print(compute())
del NAME
try:
    greet()
except NameError as e:
    print(type(e).__name__, e)
NAME = "gamma"
print(greet())
exec("LIMIT = 2")
print(compute(), loop_sum())
