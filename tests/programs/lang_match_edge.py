# match: edge cases - compile-time errors, runtime errors, generators, class bodies, mapping lookups via get().
import collections

for src in [
    "match 1:\n case x:\n  pass\n case 2:\n  pass",
    "match 1:\n case _:\n  pass\n case 2:\n  pass",
    "match 1:\n case (x, x):\n  pass",
    "match 1:\n case [x] | [y]:\n  pass",
    "match 1:\n case {'a': 1, 'a': 2}:\n  pass",
    "match 1:\n case x | 1:\n  pass",
]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k + "=" + str(v)
            case str() as s:
                yield s.upper()
            case _:
                yield "?"
print(list(gen([("a", 1), "b", 3])))

class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 0
print(Config.level)

class D(collections.defaultdict):
    pass
d = collections.defaultdict(int, a=1)
match d:
    case {"missing": _}:
        print("wrong: __missing__ used")
    case {"a": a}:
        print("defaultdict a", a, sorted(d))

k = 1
class Key:
    one = 1
try:
    match {1: "x", 2: "y"}:
        case {Key.one: _, 1: _}:
            pass
except ValueError as e:
    print("ValueError", e)

try:
    match 3:
        case k(1):
            pass
except TypeError as e:
    print("TypeError", e)

class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(1):
            print("no")
        case _:
            print("missing attribute fails the case")
except AttributeError as e:
    print("AttributeError", e)

class P(tuple):
    pass
match P((1, 2)):
    case (a, b):
        print("tuple subclass", a, b)
match collections.deque([1, 2, 3]):
    case [first, *rest]:
        print("deque", first, rest)
match "abc":
    case [*chars]:
        print("str is a sequence?!")
    case str(s):
        print("str is not a sequence pattern subject", s)

# Captures are bound only when the whole pattern matches, and stay bound when a guard fails.
y = "before"
match (1, 2):
    case (y, 3):
        pass
    case _:
        pass
print(y)
match (5, 6):
    case (z, w) if z > w:
        pass
print(z, w)

def star_middle(v):
    match v:
        case [*_, 9]:
            return "ends with 9"
        case [0, *_]:
            return "starts with 0"
        case (*head, tail) if tail == head:
            return "odd"
    return "none"
print(star_middle(range(10)), star_middle((0, 1)), star_middle([[1], 1]), star_middle([]))

class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Vec(x=0, y=0) | Vec(0, 0):
            return "origin"
        case Vec(x, y) if x == y:
            return "diag %d" % x
        case Vec(y=int(yy), x=float() | int() as xx):
            return "vec %r %r" % (xx, yy)
    return "?"
print(where(Vec(0, 0)), where(Vec(2, 2)), where(Vec(1.5, 3)), where(Vec("a", 1)))
match {"a": 1, "b": 2, "c": 3}:
    case {"b": 2, **others}:
        print(others)
match 1.0:
    case 1:
        print("1.0 == 1 matches a literal")
match True:
    case 1:
        print("True == 1 matches a literal")
match 0:
    case False:
        print("no: False is compared by identity")
    case _:
        print("0 is not False")
