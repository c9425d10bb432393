class Point:
    """A 2D point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def dist2(self):
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

p = Point(3, 4)
q = Point.from_tuple((1, 2))
print(p, q, p + q, p.dist2(), Point.origin(), Point.count, Point.__doc__, Point.__name__)
print(p == Point(3, 4), p != q, p < q, sorted([p, q, Point(0, 9)]), len({p, Point(3, 4)}))
print(type(p).__name__, isinstance(p, Point), isinstance(3, Point), issubclass(Point, object), type(p) is Point)
p.z = 10
print(p.__dict__, hasattr(p, "z"), getattr(p, "w", "none"), vars(q))
setattr(p, "w", 5); delattr(p, "z")
print(sorted(p.__dict__.items()))
m = p.dist2
print(m(), m.__self__ is p, m.__func__ is Point.dist2, Point.dist2(p))

class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, value):
        if value < 0:
            raise ValueError("negative")
        self._n = value

c = Counter()
c.n = 5
print(c.n)
try:
    c.n = -1
except ValueError as e:
    print("rejected:", e)
try:
    del c.n
except AttributeError as e:
    print(e)

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __contains__(self, v): return v in self.xs
    def __iter__(self): return iter(self.xs)
    def __bool__(self): return bool(self.xs)
    def __mul__(self, k): return Vec(*[x * k for x in self.xs])
    def __rmul__(self, k): return self * k
    def __iadd__(self, other):
        self.xs += other.xs
        return self
    def __neg__(self): return Vec(*[-x for x in self.xs])
    def __call__(self, i): return self.xs[i] * 100
    def __str__(self): return "Vec" + str(tuple(self.xs))

v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[1], 3 in v, list(v), bool(Vec()), v * 2, 3 * v, -v, v(2), str(v), v[-1])
v += Vec(4)
print(v, [x for x in v])
