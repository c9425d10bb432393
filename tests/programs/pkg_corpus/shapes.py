from .util import double, LOG

LOG.append("shapes imported as " + __name__)


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return "Square(%r)" % self.side


def area_of(shapes):
    return sum(s.area() for s in shapes)


def doubled_side(sq):
    return double(sq.side)
