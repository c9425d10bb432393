# Micro: a loop calling a builtin (chr, ord, abs) looked up through globals and
# builtins each iteration. Copying the builtin into a constant of the function
# (guarded by the builtins dict version) saves the lookups.
import sys


def checksum(n):
    total = 0
    for i in range(n):
        total += ord(chr(i % 128)) + abs(i - 500)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print("micro_builtin(%d) = %d" % (n, checksum(n)))
