# match: sequence, mapping with **rest, class patterns, __match_args__.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [first, *middle, last]:
            return "first=%r middle=%r last=%r" % (first, middle, last)
        case _:
            return "not a sequence"
for v in ([], [1], (1, 2), [1, 2, 3, 4], range(3), "abc", b"ab", {1, 2}, {"a": 1}, 5, iter([1])):
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))

def nested(v):
    match v:
        case [("add" | "sub") as op, [int(a), int(b)]]:
            return op, a, b
        case ["point", (x, y), *_]:
            return "point", x, y
        case [[*inner]]:
            return "wrapped", inner
    return "none"
print(nested(["add", [1, 2]]), nested(["point", (3, 4), 5]), nested([[1, 2]]), nested(["mul", [1, 2]]))

def mapping(v):
    match v:
        case {"type": "user", "name": str(name), **rest}:
            return "user %s extra=%r" % (name, sorted(rest.items()))
        case {"type": "empty", **rest} if not rest:
            return "exactly empty"
        case {"id": _, "id2": _}:
            return "two ids"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
print(mapping({"type": "user", "name": "ann", "age": 3, "x": 1}))
print(mapping({"type": "empty"}), mapping({"type": "empty", "more": 1}), mapping({"id": 1, "id2": 2, "z": 0}))
print(mapping({}), mapping([]), mapping({"type": "user", "name": 5}))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def cls(v):
    match v:
        case Point3(0, 0, z):
            return "on z axis at %r" % z
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %r" % y
        case Point(x, 0):
            return "on x axis at %r" % x
        case Point(x, y=yy) if x == yy:
            return "diagonal"
        case Point():
            return "some point"
        case int(n) | float(n):
            return "number %r" % n
        case str(s):
            return "string %r" % s
        case list([int(), *_]):
            return "int list"
        case dict(d):
            return "dict of %d" % len(d)
        case bool():
            return "unreachable: bools are ints"
        case _:
            return "other"
for v in (Point3(0, 0, 5), Point(0, 0), Point(0, 7), Point(4, 0), Point(2, 2), Point(1, 2), 3, 2.5, "s", [1, "a"], {"a": 1}, True, None):
    print(cls(v))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(x=1, z=3):
        print("missing attribute should not match")
    case Point(y=2):
        print("keyword only match")
class Dup:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Dup():
        case Dup(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match (1, 2, 3):
    case (1, *rest):
        print("tuple star", rest)
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a + b + c)
match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [_, second]}}:
        print("deep", second)
