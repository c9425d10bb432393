# yield from a tuple or list: values, a list growing meanwhile, send/throw/close while delegating, results.
def flatten(pairs):
    for a, b in pairs:
        yield from (a, b, a ^ b)


print(list(flatten([(1, 2), (5, 3)])))

items = [1, 2]


def over_list():
    r = yield from items
    print("result", r)
    return "done"


out = []
for x in over_list():
    out.append(x)
    if x < 4:
        items.append(x + 2)
print(out)


def sub():
    got = yield from (1, 2, 3)
    yield got


g = sub()
print(next(g), next(g), g.send(None), next(g), next(g, "end"))

g = sub()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
print(next(g, "end"))

g = sub()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "end"))

g = sub()
next(g)
g.close()
print(next(g, "closed"))


def guarded():
    try:
        yield from [10, 20]
    finally:
        print("finally")


g = guarded()
print(next(g))
g.close()


def returning():
    return (yield from ())


print(list(returning()))


class T(tuple):
    def __iter__(self):
        return iter(["sub"])


def subclass():
    yield from T((1, 2))


print(list(subclass()))
