# Hot functions called with arguments whose types change between calls.
def add(a, b):
    return a + b

def describe(x):
    return type(x).__name__, len(str(x)), x * 2

for _ in range(50):
    add(1, 2)
print(add(1, 2), add(1.5, 2), add("a", "b"), add([1], [2]), add((1,), (2,)), add(True, True), add(2 ** 70, 1))
for v in (3, 3.5, "s", [0], (1,), True, 10 ** 20, -0.0, b"b"):
    print(describe(v))
class Weird:
    def __add__(self, o):
        return "Weird.__add__"
    def __radd__(self, o):
        return "Weird.__radd__"
print(add(Weird(), 1), add(1, Weird()), add(Weird(), Weird()))
try:
    add(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
def index(seq, i):
    return seq[i]
for _ in range(30):
    index([1, 2, 3], 1)
print(index([1, 2, 3], 1), index("abc", -1), index({"k": "v"}, "k"), index(range(10), 5), index((9, 8), True))
try:
    index([1], 5)
except IndexError as e:
    print(type(e).__name__, e)
def compare(a, b):
    return a < b, a == b
print(compare(1, 2), compare(2.0, 2), compare("a", "b"), compare((1, 2), (1, 3)), compare([2], [1, 9]))
class IntLike(int):
    def __add__(self, o):
        return "IntLike add"
print(add(IntLike(1), 2), add(2, IntLike(1)))
def loop_mul(n, factor):
    r = []
    for i in range(n):
        r.append(i * factor)
    return r
print(loop_mul(3, 2), loop_mul(3, 0.5), loop_mul(3, "x"), loop_mul(2, [0]))
