# A StopIteration raised inside a generator becomes RuntimeError (uncaught).
def gen():
    yield 1
    next(iter([]))
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(list(g))
print(list(gen()))
