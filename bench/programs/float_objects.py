# Float objects: creates many small instances holding floats, calls methods that
# use math.sin/cos/sqrt, and reduces them. Exercises instance creation,
# attribute access and float math.
import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main(n, rounds):
    total = 0.0
    for _ in range(rounds):
        best = run(n)
        total += best.x + best.y + best.z
    print("float %d x %d: %.9f" % (rounds, n, total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000, 20)
