import pkg
from pkg.shapes import total, Counter
print(pkg.area(2))
print(pkg.describe(["a", "b", "c"]))
print(total([1, 2, 3]))
c = Counter()
for word in "the cat and the hat".split():
    c.add(word)
print(sorted(c.counts.items()))
print(pkg.shapes.__doc__)
