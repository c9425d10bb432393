# Arithmetic dunders: forward, reflected, in-place, unary, fallback to reflected.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*(f(a, b) for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(f(a, o) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is None:
            return self._zip(o, lambda a, b: a ** b)
        return self._zip(o, lambda a, b: pow(a, b, mod))
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __radd__(self, o): return V(*(o + a for a in self.c))
    def __rsub__(self, o): return V(*(o - a for a in self.c))
    def __rmul__(self, o): return V(*(o * a for a in self.c))
    def __rtruediv__(self, o): return V(*(o / a for a in self.c))
    def __rfloordiv__(self, o): return V(*(o // a for a in self.c))
    def __rmod__(self, o): return V(*(o % a for a in self.c))
    def __rpow__(self, o): return V(*(o ** a for a in self.c))
    def __rlshift__(self, o): return V(*(o << a for a in self.c))
    def __rrshift__(self, o): return V(*(o >> a for a in self.c))
    def __rand__(self, o): return V(*(o & a for a in self.c))
    def __ror__(self, o): return V(*(o | a for a in self.c))
    def __rxor__(self, o): return V(*(o ^ a for a in self.c))
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))

a = V(6, -7)
b = V(2, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(divmod(a, b), a << b, a >> V(1, 1), a & b, a | b, a ^ b, a @ b)
print(pow(V(3, 4), 2, 5))
print(a + 1, 1 + a, 10 - a, 2 * a, 12 / b, 13 // b, 13 % b, 2 ** b)
print(1 << b, 64 >> b, 7 & b, 8 | b, 1 ^ b, divmod(5, b))
print(-a, +a, abs(a), ~a)

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return Acc(self.v * o)
    def __add__(self, o):
        return "plain add"
    def __repr__(self):
        return "Acc(%r)" % self.v
x = Acc(1)
y = x
x += 5
print(x, y, x is y)
x -= 2
print(x)
x *= 3
print(x, y, x is y)

class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 10
print(n.v, m.v, n is m)

class Left:
    def __add__(self, o):
        return NotImplemented
    def __repr__(self):
        return "Left"
class Right:
    def __radd__(self, o):
        return "Right.__radd__(%r)" % (o,)
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())

class IOnly:
    def __init__(self):
        self.log = []
    def __ior__(self, o):
        self.log.append(o)
        return self
io = IOnly()
io |= 1
io |= 2
print(io.log)
try:
    IOnly() | 1
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
alias = lst
lst += [2]
print(lst is alias, alias)
t = (1,)
ta = t
t += (2,)
print(t is ta, ta, t)
