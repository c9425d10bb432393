# min()/max(): items compared one by one as they come, machine numbers, keys, defaults and errors.
def noisy(xs):
    for x in xs:
        print("yield", x)
        yield x


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return "C(%r)" % self.v


print(min(noisy([C(3), C(1), C(2)])))
print(max(noisy([C(3), C(5), C(4)])))
print(min(3, 1, 2), max(3, 1, 2), min([1.5, -2, 0.5]), max([True, 2, 1.5]), min([True, False]), max([2 ** 70, 1]))
nan = float("nan")
print(min([nan, 1.0, 0.5]), min([1.0, nan, 0.5]), max([1, nan]), max([nan, 1]))
print(min([1, 1.0]), max([1, 1.0]), min([1.0, 1]), max("abc"), min("b", "a", "c"), max([[1, 2], [1, 3]]))
print(min([3, 1, 2], key=lambda x: -x), max(["aa", "b", "ccc"], key=len), max(["a", "bb", "cc"], key=len))
print(min([], default=None), max((x for x in []), default="d"), min([4], default=1), min([2, 1], key=None))
for args, kw in (([], {}), ([[]], {}), ([1, 2], {"default": 0}), ([[1, "a"]], {}), ([[1]], {"bad": 1}), ([5], {})):
    for f in (min, max):
        try:
            print(f(*args, **kw))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)


class I(int):
    def __lt__(self, other):
        return True


print(min([I(5), 1, 2]), min([3, I(9)]))
