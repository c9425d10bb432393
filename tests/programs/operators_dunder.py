class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __abs__(self):
        return Money(abs(self.cents))
    def __index__(self):
        return self.cents

a, b = Money(150), Money(99)
print(a + b, a + 1, 1 + a, a - b, a * 3, a / 2, sum([a, b]), sum([a, b], Money(0)))
print(a == Money(150), a != b, a < b, a > b, a <= b, a >= b, max(a, b), min([a, b]))
print(bool(Money(0)), abs(Money(-5)), [10, 20, 30, 40][Money(1)], hex(Money(255)))
for expr in ("a * 'x'", "a * 1.5", "a @ b", "'s' - 1", "[] + ()", "1 < 'a'", "-'x'", "{} + {}", "None + 1", "2 ** 'x'"):
    try:
        print(eval(expr, {"a": a, "b": b}))
    except TypeError as e:
        print("TypeError:", e)

class Eq:
    def __eq__(self, other):
        return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), Eq() in [1], [Eq()] == [2])
try:
    hash(Eq())
except TypeError as e:
    print(e)

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "dynamic:" + name
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
d = Dyn()
print(d.real, d.anything, getattr(d, "other"), hasattr(d, "x"))
lg = Logged()
lg.x = 5
print(lg.x)

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
print(list(Seq(4)), 9 in Seq(4), [x for x in Seq(3)])

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), sum(It()), sorted(It(), reverse=True))
x = 5
x += Money(1) if False else 1
print(x, 7 // 2, -7 // 2, 7 % -2, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 2 - 3, 2 * 3 + 4 * 5)
print(1 if [] else 2, "yes" if "0" else "no", [] or {} or 0 or "last")
