# Methods calling builtins; class attributes named like builtins; patching between calls.
import builtins

class Box:
    len = "class attribute named len"
    def __init__(self, items):
        self.items = items
    def size(self):
        return len(self.items)
    def size_const(self):
        return len("constant") + len((1, 2))
    def label(self):
        return str(self.size()) + "/" + repr(type(self.items).__name__)
    @classmethod
    def make(cls):
        return cls(list(range(3)))
    @staticmethod
    def chars():
        return [chr(c) for c in range(97, 100)]

b = Box.make()
for _ in range(2):
    print(b.size(), b.size_const(), b.label(), Box.chars(), Box.len)
saved = builtins.len
builtins.len = lambda o: 7
print(b.size(), b.size_const(), b.label())
builtins.len = saved
print(b.size(), b.size_const(), b.label())
saved_chr = builtins.chr
builtins.chr = lambda c: "#"
print(Box.chars())
builtins.chr = saved_chr
print(Box.chars())
Box.size = lambda self: "replaced method"
print(b.size(), b.label())
b.size = lambda: "instance override"
print(b.size(), b.label())
del b.size
del Box.size
try:
    b.label()
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Box):
    def size_const(self):
        return super().size_const() * 2
print(Sub([1]).size_const())
Box.size = lambda self: len(self.items) + 1000
str = lambda v: "S"
print(Sub([1, 2]).label(), Box([]).size_const())
del str
print(Sub([1, 2]).label())
