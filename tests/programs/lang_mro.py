# C3 linearization and super() without arguments.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print([k.__name__ for k in D.mro()])

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")
class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)

class P:
    def m(self):
        return "P.m"
    @classmethod
    def cm(cls):
        return "P.cm " + cls.__name__
    @staticmethod
    def sm():
        return "P.sm"
class Q(P):
    def m(self):
        return "Q>" + super().m()
    @classmethod
    def cm(cls):
        return "Q>" + super().cm()
    def explicit(self):
        return super(Q, self).m()
print(Q().m(), Q.cm(), Q().cm(), Q().explicit(), super(Q, Q()).sm())

class R(Q):
    def m(self):
        return "R>" + super().m()
print(R().m(), super(Q, R()).m())

class Prop:
    @property
    def val(self):
        return 1
class Prop2(Prop):
    @property
    def val(self):
        return super().val + 10
print(Prop2().val)

class Attr:
    x = "Attr.x"
class Attr2(Attr):
    x = "Attr2.x"
    def get(self):
        return super().x, self.x
print(Attr2().get())
s = super(Attr2, Attr2())
print(s.x)
try:
    s.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class M1:
    def hello(self):
        return "M1"
class M2:
    def hello(self):
        return "M2"
    def only2(self):
        return "only in M2"
class M3(M1, M2):
    pass
print(M3().hello(), M3().only2())
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
print(D.__bases__[0].__name__, D.__base__.__name__, [b.__name__ for b in Aa.__bases__])
print(object.__mro__, bool.__mro__)

class NS:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
class Sub1(NS, Attr):
    pass
print([k.__name__ for k in Sub1.__mro__])
