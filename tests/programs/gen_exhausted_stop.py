# A generator's return value travels with the first StopIteration only: next(), send() and yield from on a
# finished generator see none.
def g():
    yield 1
    return 5


it = g()
print(next(it), next(it, "default"))
for attempt in range(2):
    try:
        next(it)
    except StopIteration as e:
        print("next", e.value, e.args)
try:
    it.send(None)
except StopIteration as e:
    print("send", e.value)


def outer(inner):
    r = yield from inner
    yield ("result", r)


done = g()
print(list(done))
print(list(outer(done)))
fresh = g()
print(list(outer(fresh)), list(outer(fresh)))
