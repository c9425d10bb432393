# for loops over lists and tuples: the list may grow or shrink while it is walked, break/else/continue/return
# behave as with an iterator, and list subclasses with their own __iter__ are still asked for it.
a = [1, 2, 3]
for x in a:
    if x < 4:
        a.append(x + 3)
    print("grow", x)
print(a)

b = [1, 2, 3, 4, 5, 6]
for x in b:
    print("shrink", x)
    if b:
        b.pop(0)
print(b)

for x in (1, 2, 3):
    if x == 2:
        continue
    print("tuple", x)
else:
    print("tuple else")

for x in [10, 20, 30]:
    if x == 20:
        break
else:
    print("not printed")
print("after break", x)

for x in []:
    print("never")
else:
    print("empty else")


def find(items, want):
    for i, v in enumerate(items):
        if v == want:
            return i
    return -1


def first_pair(pairs):
    for k, v in pairs:
        if v > 1:
            return k
    return None


print(find([5, 6, 7], 7), find((5, 6), 9), first_pair([("a", 1), ("b", 2)]), first_pair(()))


class Rev(list):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))


for x in Rev([1, 2, 3]):
    print("rev", x)

c = [1, 2, 3]
for c[0] in [7, 8]:
    pass
print(c)
nested = [[1, 2], [3], []]
total = 0
for row in nested:
    for v in row:
        total += v
print(total)
