# list.pop/insert with and without an index (also called through the type), index errors and conversions;
# in / not in on sets of ints, bools, floats, tuples, big ints and a set subclass with __contains__.
l = [1, 2, 3, 4]
print(l.pop(0), l.pop(-1), l, list.pop(l, 0), l)
l.insert(0, 9); l.insert(-1, 8); l.insert(100, 7); l.insert(-100, 6); list.insert(l, 1, 5)
print(l)
for bad in ((), ("x",), (10,), (1, 2)):
    try:
        print(l.pop(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try: [].pop(0)
except IndexError as e: print(e)
try: l.insert(1)
except TypeError as e: print(e)
try: l.insert("a", 1)
except TypeError as e: print(e)
s = {1, 2, 3}
print(1 in s, 4 in s, 4 not in s, 1 not in s, True in s, 2.0 in s, "a" in s, (1,) not in {(1,)})
try: [] in s
except TypeError as e: print(e)
class S(set):
    def __contains__(self, x): return True
print(99 in S(), 99 not in S())
print(2**70 in {2**70}, -1 in {-1, -2}, -2 in {-1})
l = [1, 2]
l.insert(True, "one"); l.insert(-10**18, "s"); l.insert(10**18, "e")
print(l)
try: l.insert(10**30, "end")
except OverflowError as e: print(e)
