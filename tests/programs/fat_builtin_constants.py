# Builtins called in loops: with -X fat=all they become constants of the code and
# the calls are bound when the function is compiled. Each must still behave like
# the builtin (values, errors, subclasses, objects with __len__ / __abs__).


class Size:
    def __len__(self):
        return 7

    def __repr__(self):
        return "Size()"


class Magnitude:
    def __abs__(self):
        return "abs called"

    def __repr__(self):
        return "Magnitude()"


class MyInt(int):
    pass


class MyStr(str):
    pass


def values(n):
    total = 0
    for i in range(n):
        total += ord(chr(i % 128)) + abs(i - 500) + len("abc" * (i % 3))
    return total


def edge_cases():
    print(abs(-5), abs(5), abs(-0.0), abs(2.5), abs(-2**63), abs(-2**70), abs(True), abs(MyInt(-3)))
    print(type(abs(True)).__name__, type(abs(MyInt(-3))).__name__, abs(3 + 4j), abs(Magnitude()))
    x = 12
    print(abs(x) is x, abs(-x) == x)
    print(len([1, 2]), len(()), len({}), len(range(5)), len(range(0, 10, 3)), len(Size()), len("héllo"), len(b"ab"))
    print(ord("a"), ord("é"), ord("\U0001F600"), ord(b"z"), ord(bytearray(b"q")), ord(MyStr("k")))
    print(chr(65), chr(233), chr(0x1F600) == "\U0001F600", chr(MyInt(66)), chr(True))
    print(min(3, 1), max(2, 9), divmod(17, 5), pow(2, 10), isinstance(3, int), round(2.675, 2))
    for call, arg in [(abs, "s"), (len, 5), (ord, "ab"), (ord, ""), (ord, 3), (chr, -1), (chr, 0x110000), (chr, 2**70), (chr, 1.5)]:
        try:
            call(arg)
        except (TypeError, ValueError, OverflowError) as e:
            print(call.__name__, type(e).__name__, e)


def error_in_loop():
    out = []
    for v in [3, -4, "x"]:
        try:
            out.append(abs(v))
        except TypeError as e:
            out.append(str(e))
    return out


def direct(args):
    # Calls on variables: not folded, so every case runs through the bound call.
    for a in args:
        for name in ("abs", "len", "ord", "chr"):
            try:
                if name == "abs":
                    r = abs(a)
                elif name == "len":
                    r = len(a)
                elif name == "ord":
                    r = ord(a)
                else:
                    r = chr(a)
                print(name, repr(a), "->", repr(r), type(r).__name__)
            except (TypeError, ValueError, OverflowError) as e:
                print(name, repr(a), type(e).__name__, e)


print(values(3000))
direct([-5, 0, 2**63 - 1, -2**63, -2**63 + 1, 2**64, -0.0, -1.5, float("inf"), True, "a", "ab", "", "\U0001F600",
        b"z", [1], MyInt(-2), MyStr("q"), Size(), Magnitude(), 0x10FFFF, 0x110000, -1, 955, 0xD800])
edge_cases()
print(error_in_loop())
