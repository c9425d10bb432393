# One attribute site seeing instances of many classes: the same names in the same
# order (set up by a shared base __init__), in other orders, missing, deleted, or
# moved to a dict, read and written through the same lines of code.


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class K1(Base):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.c = "k1"


class K2(Base):
    def __init__(self, a, b):
        Base.__init__(self, a, b)
        self.d = "k2"


class K3(Base):
    pass


class K4(Base):
    def __init__(self, a, b):
        self.b = b          # other order: b first
        self.a = a


class K5:
    def __init__(self):
        self.x = 0
        self.a = "k5-a"    # a at another index


class K6(Base):
    def __init__(self, a, b):
        super().__init__(a, b)
        del self.a          # a deleted: the instance keeps a dict


class K7(Base):
    @property
    def a(self):
        return "property a"


def read(o):
    return getattr(type(o), "__name__"), o.a if hasattr(o, "a") else None, o.b if hasattr(o, "b") else None


def read_direct(o):
    try:
        return o.a
    except AttributeError as e:
        return "AttributeError: " + str(e)


def bump(o):
    o.a = (o.a if isinstance(getattr(o, "a", None), int) else 0) + 1
    return o.a


objs = [K1(1, 2), K2(3, 4), K3(5, 6), K4(7, 8), K5(), K6(9, 10), K1(11, 12), K4(13, 14), K3(15, 16)]
for rnd in range(3):
    print(rnd, [read_direct(o) for o in objs])
    print(rnd, [read(o) for o in objs])
    print(rnd, [bump(o) for o in objs])
k7 = K7.__new__(K7)
k7.b = 1
print(read_direct(k7))
try:
    k7.a = 5
except AttributeError as e:
    print("AttributeError:", e)
for o in objs:
    print(type(o).__name__, sorted(vars(o).items()))
# A new attribute added out of order after the site has seen the class.
late = K3(1, 2)
late.z = "late"
late2 = K4(3, 4)
late2.z = "late2"
for o in [late, late2, K3(5, 6)]:
    print(getattr(o, "z", "no z"), o.a, o.b)
