# tuple behaviour and methods.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(2, 2))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 0}))
print(t + (4,), t * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () == tuple())
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), {(1, 2): "a"}[(1, 2)])
for bad in (lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: hash(([],)), lambda: tuple(1), lambda: (1, 2) < (1, "a")):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print(type(e).__name__, e, m)
a, b, c = (1, 2, 3)
print(a, b, c, 1 in t, 5 not in t, max(t), min(t), sum(t), sorted(t), list(reversed(t)))
print(repr((1,)), repr(()), repr(((1, 2), (3,))), str((None, "s")))
x = 1, 2, 3
print(type(x).__name__, x)
print(tuple(i * i for i in range(4)), (*range(2), *"ab"))
tt = (1, 2)
print(tt is tuple(tt), tt.__len__(), tuple.__name__, (1, 2).__add__((3,)))
print(((1, 2), (0, 5), (1, 1)) < ((1, 2), (0, 6)), sorted([(2, "b"), (1, "z"), (2, "a")]))
