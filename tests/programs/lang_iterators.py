# The iterator protocol: custom iterators, exhaustion, iter() identity, for-loop desugaring.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Reusable(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True), 2 in r)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "empty"))
def manual_for(iterable):
    out = []
    iterator = iter(iterable)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        out.append(item)
    return out
print(manual_for("abc"), manual_for(Countdown(2)))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)))
print(list(zip(Fib(10), Countdown(10))))
print(dict(enumerate(Countdown(3))), max(Fib(50)), min(Countdown(4)))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
lst2 = [1, 2, 3, 4]
for x in lst2:
    if x == 2:
        lst2.remove(x)
print(lst2)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NextOnly:
    def __next__(self):
        return 1
try:
    for _ in NextOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored by for")
print(list(StopWithValue()))
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), list(di))
ri = reversed(range(3))
print(next(ri), list(ri), list(iter("xyz"))[::-1])
s = iter({3, 1, 2})
print(sorted(s))
class Chain:
    def __init__(self, *parts):
        self.parts = parts
    def __iter__(self):
        for p in self.parts:
            yield from p
print(list(Chain([1], (2, 3), "ab")), len(list(Chain())))
