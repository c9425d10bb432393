# Micro: list.append in a loop, the method looked up on every iteration.
# Hoisting the bound method (append = result.append) is the classic speed-up.
import sys


def build(n):
    result = []
    for i in range(n):
        result.append(i & 255)
    return result


def main(n):
    total = 0
    for _ in range(4):
        items = build(n)
        total += len(items) + sum(items)
    print("micro_append(%d) = %d" % (n, total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500000)
