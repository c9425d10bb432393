# Unbounded recursion ends in RecursionError (uncaught).
def down(n):
    return down(n + 1) + 1
def safe(n):
    return 0 if n == 0 else 1 + safe(n - 1)
print("safe depth", safe(500))
try:
    down(0)
except RecursionError as e:
    print("first attempt caught:", type(e).__name__, e)
print("now uncaught")
down(0)
