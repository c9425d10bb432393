# range() from machine ints, big bounds, bools, __index__ objects and bad arguments; len() of big ranges.
print(list(range(5)), list(range(2, 9, 3)), list(range(9, 2, -2)), range(True), range(-3), len(range(2**62)), range(2**62 - 1))
for bad in [(1, 2, 0), (1.5,), ("a",), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 4
print(list(range(I())), [i for i in range(3)], sum(range(10**6)))
