# Slicing lists and tuples with plain int, None, bool, huge and __index__ bounds; slice assignment and
# deletion in place (growing, shrinking, from itself, from a generator that grows the list).
a = list(range(10))
for lo in (None, -12, -3, 0, 5, 11, True):
    for hi in (None, -1, 3, 20):
        for st in (None, 1, 2, -1, -3):
            print(lo, hi, st, a[lo:hi:st], tuple(a)[lo:hi:st])
            b = a[:]
            try:
                b[lo:hi:st] = ['x', 'y']
                print(b)
            except ValueError as e:
                print("VE", e)
            b = a[:]
            b[lo:hi:st] = b[lo:hi:st]
            print(b == a)
            b = a[:]
            del b[lo:hi:st]
            print(b)
b = a[:]
b[2:4] = b
print(b)
b = a[:]
b[::-1] = b
print(b)
b = a[:]
b[1:3] = (b.append(i) or i for i in range(3))
print(b)
b = a[:]
b[3:3] = 'abc'
print(b)
b[10**30:] = [1]
print(b)
b[-10**30:2] = []
print(b)
try: a[::0]
except ValueError as e: print(e)
try: a[::0] = []
except ValueError as e: print(e)
try: a['x':]
except TypeError as e: print(e)
try: a[:'y'] = []
except TypeError as e: print(e)
class I:
    def __index__(self): return 2
print(a[I():I()+0 if False else 5], a[:I()])
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[0:2], t[::-1], t[5:], t[5:] == ())
class L(list): pass
l = L([1,2,3])
print(type(l[1:]), l[1:])
print("abcdef"[1:4], "abcdef"[::-2], b"abc"[1:], range(10)[2:8:3])
x = [1,2,3,4,5]
del x[::2]; print(x)
x = [1,2,3,4,5,6,7]
del x[-1:0:-3]; print(x)
x = [1,2,3,4,5,6,7]
del x[1:4]; print(x); x[1:1] = [9]*10; print(x, len(x)); x[:] = []; print(x); x.append(3); print(x)
