# sum() over ints (overflowing into big ints), bools, floats, mixes, other start values and int subclasses
# whose __add__/__radd__ must be asked.
import sys
print(sum([]), sum([], True), sum([True, True]), sum([1, 2, 3], 10), sum((x for x in range(5))), sum([sys.maxsize, 1]))
print(sum([sys.maxsize, sys.maxsize, -sys.maxsize]), sum([-sys.maxsize, -sys.maxsize]), sum([2**70, 1]), sum([1, 2**70]))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([], -0.0), sum([0.0], -0.0), sum([1.5, 2]), sum([1.5, True]))
print(sum([1, 2], 0.5), sum([1j, 2]), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum(range(10**5)))


class I(int):
    def __add__(self, o):
        return "I+"

    def __radd__(self, o):
        return "+I"


class J(int):
    pass


print(sum([1, I(2)]), sum([I(1)], 5), sum([I(1)]), 1 + I(2), I(1) + 1, 3 - J(1), J(2) * 2, type(sum([J(1), 2])))
try:
    sum([I(1), 5])
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    sum(["a"], "")
except TypeError as e:
    print(e)
print(sum([float("inf"), 1]), sum([float("nan"), 1.0]), sum([1e308, 1e308]), sum([2**60] * 16), sum([-(2**62)] * 4))
