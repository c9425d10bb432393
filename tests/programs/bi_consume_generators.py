# any/all/list/tuple/sorted/min/max consuming generator expressions: early stops leave the generator suspended,
# values whose truth needs Python code are tested while it is suspended, errors carry the generator's frame.
class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v, g.gi_running, next(g, "none"))
        return self.v


g = (x for x in [0, "", Truth(False), None, Truth(True), 5, 6])
print(any(g), next(g))
g = (x for x in [1, "a", Truth(True), 3, Truth(False), 0, 9])
print(all(g), next(g))
g = (x for x in [0, 0.0, "", (), [], {}, 2j, 0])
print(any(g), list(g))
g = (x for x in [1, 2.5, "s", (1,), [0], {1: 2}, 0, 7])
print(all(g), list(g))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)), any(()), all(()), any([]), all([]))
print(any(x for x in []), all(x for x in []), any([0, Truth(True)]), all([1, Truth(False)]))

g = (x * x for x in range(5) if x != 2)
print(next(g), list(g), list(g))
print(tuple(x for x in "abc"), sorted(x for x in [3, 1, 2]), sorted((x for x in "bca"), reverse=True))
print(list(x + y for x, y in zip([1, 2], [3, 4])), list((i, c) for i, c in enumerate("ab")))
print(list(x for x in range(3) for y in range(2)), tuple(x for x in ()), list(x for x in [] if x))
print(min(x for x in [3, 1, 2]), max(x for x in [3, 1, 2]), min((x for x in []), default="empty"))
a, b, c = (x for x in "xyz")
print(a, b, c)
t = (1, 2, 3)
print(tuple(t) is t, list(t), list([1, 2]), list(()), tuple([]), list(range(3)), tuple("ab"))


class L(list):
    pass


print(tuple(L([1, 2])), list(L([3])), sorted(L([2, 1])))

for make in (lambda: (1 / x for x in [1, 0]), lambda: (next(iter(())) for x in [1])):
    for consume in (list, tuple, any, all, sorted):
        try:
            print(consume(make()))
        except Exception as e:
            print(consume.__name__, type(e).__name__, e)
