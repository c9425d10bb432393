# range objects and slicing in all forms: read, assignment, deletion, extended.
r = range(10)
print(r, range(2, 20, 3), range(5, 0, -1), list(range(0)), list(range(3, -3, -2)), len(range(1, 100, 7)))
print(r[3], r[-1], r[2:5], r[::2], r[::-1], r[1:8:3][1], 5 in r, 10 in r, 3.0 in r, "a" in r)
print(r.index(4), r.count(4), range(0, 10, 3).index(9), range(3) == range(0, 3), range(0) == range(5, 2), range(1, 2).start, range(1, 5, 2).stop, range(5).step)
print(len(range(10 ** 10)), range(10 ** 20)[-1], list(reversed(range(4))), sum(range(101)), max(range(7)))
for bad in (lambda: range(1, 2, 0), lambda: r[10], lambda: r.index(11), lambda: range(1.5), lambda: range()):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), repr(range(0, 5, 1)), str(range(-2, 2)), bool(range(0)), bool(range(1)))
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7], s[::3], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1], s[::-3], s[None:None:None], s[slice(1, 4)], s[slice(None, None, -4)])
t = "abcdefgh"
print(t[1:6:2], t[::-2], t[-3:], t[:0], t[::len(t)])
a = list(range(8))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0] * 5
print(a)
a[5:] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
b = list(range(6))
b[1:4] = "AB"
print(b)
b[4:1:-1] = [7, 8, 9]
print(b)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(5).indices(3))
print(slice(3), slice(1, 2), slice(1, 2) == slice(1, 2), repr(slice(None)))
try:
    hash(slice(1))
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3, 4, 5]
c[1:4] = c
print(c)
d = bytearray(b"abcdef")
d[::2] = b"XYZ"
print(d)
e = [0, 1, 2, 3]
e[2:2] = [9, 9]
print(e, e[-100:100], e[3:-100:-1])
print((1, 2, 3, 4)[::-2], range(10)[-3:100], range(0, 20, 5)[1:3], "hello"[slice(-1, None, None)])
print(range(3).__reversed__().__next__(), list(range(-5, 5, 3)), range(0, -10, -3)[2])
