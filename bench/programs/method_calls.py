# Method-call heavy object-oriented code: a small shape hierarchy with
# overridden methods, super() calls, properties, a classmethod and a
# staticmethod, called many times in loops. Exercises attribute lookup through
# the MRO, bound-method creation and calls with positional and keyword arguments.
import sys


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def weight(self, density=1):
        return self.area() * density + self.perimeter()

    @staticmethod
    def clamp(value, low, high):
        return low if value < low else high if value > high else value

    @classmethod
    def kind(cls):
        return cls.__name__


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def diagonal_squared(self):
        return self.w * self.w + self.h * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def weight(self, density=1):
        return super().weight(density) + 1


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        # Twice the area is enough for an integer checksum: use Heron on integers.
        s2 = self.perimeter()
        return (s2 * (s2 - 2 * self.a) * (s2 - 2 * self.b) * (s2 - 2 * self.c)) % 9973


class Accumulator:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def add(self, value):
        self.calls += 1
        self.total = (self.total + value) % 1000000007
        return self

    def add_shape(self, shape, density):
        return self.add(shape.weight(density=density))


def main(rounds):
    shapes = []
    for i in range(30):
        if i % 3 == 0:
            shapes.append(Rect(i + 1, i + 2))
        elif i % 3 == 1:
            shapes.append(Square(i + 3))
        else:
            shapes.append(Triangle(i + 3, i + 4, i + 5))
    acc = Accumulator()
    for r in range(rounds):
        density = Shape.clamp(r % 7, 1, 5)
        for shape in shapes:
            acc.add_shape(shape, density)
        first = shapes[0]
        acc.add(first.diagonal_squared).add(len(first.kind()))
    print("method_calls(%d): %d calls, total %d, shapes %d" % (rounds, acc.calls, acc.total, Shape.count))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
