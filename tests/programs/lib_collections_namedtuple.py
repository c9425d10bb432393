from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p))
print(Point._fields, p._asdict(), p._replace(x=100))
print(Point._make([1, 2]), Point.__doc__, Point.x.__doc__)
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple))
Account = namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])
print(Account('ann'), Account('bob', 10), Account._field_defaults)
Row = namedtuple('Row', 'id, class, _hidden, id', rename=True)
print(Row._fields, Row(1, 2, 3, 4))
print(repr(namedtuple('Pair', 'a b', module='geometry')))
print(Point.__match_args__)
match Point(1, 2):
    case Point(x=1, y=yy):
        print('matched y =', yy)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, z=3),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple('Bad', 'a def'),
            lambda: namedtuple('Bad', 'a a'), lambda: namedtuple('Bad', '_a'), lambda: namedtuple('2Bad', 'a'),
            lambda: Account(), lambda: namedtuple('T', 'a', defaults=[1, 2])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
