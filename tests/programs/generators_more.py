def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

print(take(5, evens(naturals())))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(3))))

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulate()
next(acc)
for v in (5, 10, 20):
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)

print(list(tree(2)))

def resource():
    print("open")
    try:
        yield "r1"
        yield "r2"
    finally:
        print("close")

for r in resource():
    print("using", r)
    break
print("after loop")

def stateful():
    seen = []
    while True:
        x = yield len(seen)
        seen.append(x)

s = stateful()
print(next(s), s.send("a"), s.send("b"))
g = (x for x in [])
print(list(g), next(g, "empty"))
def early_return(flag):
    if flag:
        return
    yield 1
print(list(early_return(True)), list(early_return(False)))
gen = naturals()
print([next(gen) for _ in range(3)], next(gen))
print(list(zip(naturals(), "xyz")), dict(zip("ab", naturals())))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(sorted(countdown(4)), max(countdown(3)), sum(countdown(10)), " ".join(map(str, countdown(3))))
