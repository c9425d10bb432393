# Recursive Fibonacci: function-call overhead, small-int arithmetic and comparisons.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
print("fib(%d) = %d" % (n, fib(n)))
