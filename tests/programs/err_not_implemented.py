# Abstract-style base raising NotImplementedError; uncaught at the end.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(NotImplemented is not NotImplementedError, bool(NotImplementedError))
for s in (Square(2), Blob()):
    print(s.describe())
