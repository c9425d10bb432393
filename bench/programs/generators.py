# Generator pipeline: chained generator functions and generator expressions that
# produce, filter, transform and window a stream of integers. Exercises generator
# creation, yield/resume, yield from and iteration protocols.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def scaled(source, factor):
    for x in source:
        yield x * factor % 1000003


def pairs(source):
    it = iter(source)
    for first in it:
        second = next(it, 0)
        yield first, second


def flatten(source):
    for a, b in source:
        yield from (a, b, a ^ b)


def main(n):
    total = 0
    count = 0
    for value in flatten(pairs(scaled(only_odd(numbers(n)), 7919))):
        total = (total + value) % 1000000007
        count += 1
    squares = sum(x * x for x in numbers(n // 4) if x % 3 == 0)
    print("generators(%d): %d items, total %d, squares %d" % (n, count, total, squares))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200000)
