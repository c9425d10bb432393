# Redefining a called function between calls.
def helper(x):
    return x + 1

def caller():
    return [helper(i) for i in range(3)]

def direct():
    return helper(10)

print(caller(), direct())
print(caller(), direct())
def helper(x):
    return x * 100
print(caller(), direct())
helper = lambda x: "lambda %d" % x
print(caller(), direct())
class Callable:
    def __call__(self, x):
        return ("callable", x)
helper = Callable()
print(direct())
def helper(x, y=5):
    return x + y
print(direct(), caller())
del helper
try:
    direct()
except NameError as e:
    print(type(e).__name__, e)
def helper(x):
    return -x
print(direct())
