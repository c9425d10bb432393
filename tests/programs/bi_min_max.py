# min()/max() with iterables, multiple args, key, default, ties and errors.
print(min(5, 3, 8), max(5, 3, 8), min([4, 2]), max((4, 2)), min("hello"), max("hello"), min({3: "a", 1: "b"}), max(range(10)))
print(min([3, 1, 2], key=lambda v: -v), max(["aa", "b", "ccc"], key=len), min(["aa", "bb", "c"], key=len), max(["x", "yy", "zz"], key=len))
print(min([], default=None), max([], default="empty"), max([1], default=0), min(iter([]), default=-1), max((v for v in [2, 8, 5])))
print(min(1, 2.5), max(1, 1.0), max(1.0, 1), min(True, 0), max([[1, 2], [1, 3], [0, 9]]), min(("b", 1), ("a", 2)), max("B", "a"))
pairs = [("x", 3), ("y", 1), ("z", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(reversed(pairs), key=lambda p: p[1]))
print(max(-0.0, 0.0), min(0.0, -0.0), max(float("nan"), 1), max(1, float("nan")), min([float("inf"), 10 ** 400]))
print(max({1, 5, 3}), min(frozenset({-2, 2})), max(b"abc"), min([3, 1], key=None), max(1, 2, key=lambda v: -v))
for bad in (lambda: min([]), lambda: max(), lambda: min(5), lambda: max([1, "a"]), lambda: min(1, 2, default=3),
            lambda: max([1], key=5), lambda: min([1, 2], bad=1), lambda: max(iter([]))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "S%d" % self.v
print(min([Score(3), Score(1), Score(2)]), max([Score(3), Score(1), Score(3)]))
print(max(range(0), default="none"), min(range(5, 0, -1)), max(map(abs, [-7, 3])), min(zip([2, 1], "ab")))
