import sys
sys.setrecursionlimit(100000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(10000), mutual_odd(7777))
sys.setrecursionlimit(50)
def shallow(n):
    return shallow(n + 1)
try:
    shallow(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
