# ValueError messages, then an uncaught one from int().
cases = [lambda: int("x"), lambda: float("y"), lambda: [].index(1), lambda: "a".index("b"), lambda: (1,).index(2),
         lambda: list(range(3)).remove(9), lambda: "a b".split(""), lambda: chr(-5), lambda: int("9", 8),
         lambda: "{:d}".format("s"), lambda: range(0, 1, 0), lambda: bytes([999]), lambda: (lambda a, b: 0)(*[1, 2, 3][:1], *[]) ]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def parse(tokens):
    return [int(t) for t in tokens]
print(parse(["1", "2"]))
print(parse(["3", "four"]))
