# TypeError messages of common operations, then an uncaught one.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 < "a", lambda: None(), lambda: 5[0],
    lambda: len(1), lambda: -"a", lambda: ~1.5, lambda: abs("a"), lambda: int([]), lambda: {}[[]],
    lambda: "a" * "b", lambda: [1] * 1.0, lambda: 1 @ 2, lambda: object() + 1, lambda: iter(None),
    lambda: "abc".join(1), lambda: sorted(1), lambda: {1: 2}.items()[0], lambda: max(None), lambda: (1, 2)(),
    lambda: "x".startswith(1), lambda: divmod("a", 1), lambda: 2 ** "a", lambda: hash({}), lambda: type(1, 2),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
def takes_two(a, b):
    return a + b
print(takes_two(1, 2))
takes_two(1)
