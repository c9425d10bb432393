# round(): ints, floats (half-even, representation error), ndigits negative, custom __round__.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001, 1e16 + 0.5):
    print(repr(v), round(v), type(round(v)).__name__)
for v, n in ((2.675, 2), (2.665, 2), (1.0049, 2), (0.125, 2), (0.135, 2), (123.456, 1), (123.456, 0), (123.456, -1), (155.5, -1), (-155.5, -2), (1.5, None)):
    print(v, n, round(v, n))
print(round(5, 1), round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(149, -2), round(150, -2), round(250, -2), round(10 ** 20 + 5, -1))
print(round(0.0), round(-0.0), round(-0.4), round(-0.6), round(0.5, 0), round(-0.5, 0), round(1e300, -300), round(1.23456789e-5, 7))
print(type(round(5, 1)).__name__, type(round(5.5, 1)).__name__, type(round(True)).__name__, round(True), round(False, 3))
for bad in (lambda: round("1"), lambda: round(1.5, 1.5), lambda: round(float("nan")), lambda: round(float("-inf"))):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("nan"), 2), round(float("inf"), 2), round(1.5, 400), round(1.5, -400), round(12345, 400))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, n=None):
        return "rounded %r %r" % (self.cents, n)
print(round(Money(5)), round(Money(5), 2), round(Money(5), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print([round(x / 10) for x in range(-15, 16, 5)], [round(x / 100, 1) for x in (5, 15, 25, 35, 45)])
