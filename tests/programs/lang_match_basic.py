# match: literal, capture, wildcard, value, or-patterns, as-patterns, guards.
import collections

def lit(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "complex"
        case -3 + 4j:
            return "complex literal"
        case _:
            return "other"
for v in (0, 2, "hello", b"raw", None, True, -1, 1.5, 2j, -3 + 4j, False, 1.0, "x"):
    print(repr(v), lit(v))

class Color:
    RED = "red"
    GREEN = "green"
def val(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "captured " + repr(other)
print(val("red"), val("green"), val("blue"))

def guard(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x % 2 == 0:
            return "even"
        case int():
            return "odd"
        case str() as s if s.isdigit():
            return "digit string " + s
        case _:
            return "unknown"
print([guard(v) for v in (-5, 4, 7, "12", "ab", 2.0)])

def as_pat(v):
    match v:
        case (1 | 2) as small:
            return "small %d" % small
        case [1, *_] as lst:
            return "list starting with 1 of len %d" % len(lst)
        case {"k": (str() | bytes()) as kv}:
            return "k is " + repr(kv)
    return "no match"
print(as_pat(2), as_pat([1, 9, 9]), as_pat({"k": b"x"}), as_pat({"k": 1}))

def bool_vs_int(v):
    match v:
        case True:
            return "True literal"
        case 1:
            return "one"
    return "neither"
print(bool_vs_int(1), bool_vs_int(True), bool_vs_int(1.0))

calls = []
def side(v):
    calls.append(v)
    return True
match 5:
    case 4 if side("first"):
        pass
    case 5 if side("second"):
        print("matched second")
    case 5 if side("third"):
        pass
print(calls)

x = "unchanged"
match 10:
    case 11:
        x = "eleven"
print(x)
match 42:
    case x:
        pass
print(x)
match "subject":
    case _:
        print("wildcard always matches")
match (1, 2):
    case (a, b) if a > b:
        print("desc")
    case (a, b):
        print("asc", a, b)
def or_capture(v):
    match v:
        case (1, y) | (2, y) | [y, 3]:
            return y
    return None
print(or_capture((1, "a")), or_capture((2, "b")), or_capture([9, 3]), or_capture((3, 3, 3)))
od = collections.OrderedDict(a=1)
match od:
    case {"a": 1}:
        print("OrderedDict is a mapping")
