# Unhashable values as dict keys / set members; uncaught at the end.
for make in (lambda: {[1]: 2}, lambda: {{1}}, lambda: {1: 2}[{}], lambda: hash(bytearray(b"x")), lambda: frozenset([[1]]),
             lambda: [1] in {1, 2}, lambda: {}.setdefault([], 1), lambda: dict.fromkeys([[1]])):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
print({(1, 2): "tuples are fine"}, {frozenset({1}): "frozensets too"})
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
seen = set()
for item in [1, "a", (2, 3), [4, 5]]:
    print("adding", item)
    seen.add(item)
