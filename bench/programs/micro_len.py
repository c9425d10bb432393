# Micro: len() of a constant string inside a function called in a loop.
# An optimizer can fold len("abc") to 3 once it guards that len is the builtin.
import sys


def three():
    return len("abc")


def main(n):
    total = 0
    for _ in range(n):
        total += three()
    print("micro_len(%d) = %d" % (n, total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000000)
