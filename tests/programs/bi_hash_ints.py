# hash() of ints, bools, floats equal to ints, tuples and frozensets of ints (no str hashing).
print([hash(v) for v in (0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30)])
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(2.5), hash(1e20) == hash(10 ** 20), hash(float(2 ** 70)) == hash(2 ** 70))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset()))
print(hash(1 + 0j) == hash(1), hash(complex(0, 0)), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
d = {}
for k in (1, 1.0, True, 2, 2.0):
    d[k] = d.get(k, 0) + 1
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({10 ** 20: "big", 10.0 ** 20: "float big"})
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
print(len({H(1), H(1), H(2)}), hash(H(5)), hash(H(-1)), hash(H(2 ** 70)) == hash(2 ** 70))
print(sorted({H(3): "a", H(3): "b"}.values()))
print(set(range(10, 0, -1)), {5, 3, 1} | {4, 2}, sorted({-5, 5, 0}))
print(hash(123456789012345678901234567890) == hash(123456789012345678901234567890 % (2 ** 61 - 1)))
print(hash(-(2 ** 61 - 1)), hash(2 ** 62), hash(-(2 ** 62)))
