# Replacing func.__code__ by another function's code.
def area(w, h):
    return w * h

def perimeter(w, h):
    return 2 * (w + h)

def uses_area():
    return area(3, 4)

print(area(2, 5), uses_area())
print(area(2, 5), uses_area())
saved = area.__code__
area.__code__ = perimeter.__code__
print(area(2, 5), uses_area(), area.__name__)
area.__code__ = saved
print(area(2, 5), uses_area())

def const_len():
    return len("abc") + 1
def const_other():
    return len("abcdefgh") * 2
print(const_len(), const_other())
original_code = const_len.__code__
const_len.__code__ = const_other.__code__
print(const_len(), const_other())
const_len.__code__ = original_code
print(const_len())

def loop():
    return sum(i for i in range(4))
def loop2():
    return sum(i for i in range(10))
for i in range(3):
    if i == 1:
        loop.__code__ = loop2.__code__
    print(i, loop())
def with_default(a, b=2):
    return a + b
def other_shape(a, b=2):
    return a * b
with_default.__code__ = other_shape.__code__
print(with_default(5), with_default(5, 5))
def freevar_fn():
    return 1
def make():
    v = 5
    def inner():
        return v
    return inner
try:
    freevar_fn.__code__ = make().__code__
except ValueError as e:
    print(type(e).__name__, e)
print(freevar_fn())
