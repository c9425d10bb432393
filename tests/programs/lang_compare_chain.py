# Chained comparisons, identity, membership, short-circuit evaluation order.
log = []
def v(x):
    log.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 1 < 2 > 1)
print(v(1) < v(2) < v(0) < v(5), log)
log.clear()
print(v(5) < v(1) < v(9), log)
log.clear()
print(v(1) < v(2) <= v(2) == v(2), log)
x = 5
print(0 < x < 10, 0 < x < 3, x in range(10) == True, (x in range(10)) == True)
print(1 in [1, 2] in [[1, 2]], "a" in "abc" in "xabcx", None is None is not False)
a = [1]
b = [1]
print(a == b, a is b, a is not b, not a is b)
print(0 or "" or None or "last", 1 and 2 and 3, 0 and 1/0, 1 or 1/0)
print(v(0) or v(1), log)
log.clear()
print(v(1) and v(0) and v(2), log)
print(not 0, not 1, not [], not [0], not None)
print(1 < 2.5 < 3, 2 == 2.0 == True + 1, "b" > "a" < "c")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd", "Z" < "a", "" < "a")
try:
    1 < "a" < 2
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 < None if False else "guarded")
def cmp_count():
    calls = []
    class C:
        def __init__(self, n):
            self.n = n
        def __lt__(self, o):
            calls.append((self.n, o.n))
            return self.n < o.n
    C(1) < C(2) < C(3) < C(0) < C(9)
    return calls
print(cmp_count())
print(float("nan") == float("nan"), float("nan") != float("nan"), float("nan") < 1)
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
print(True == 1, False == 0, 1 == 1.0 == 1 + 0j)
print(10 > 5 == 5, (10 > 5) == 5)
