# Lazy generator pipelines: evaluation order is interleaved, not stage by stage.
log = []
def source(n):
    for i in range(n):
        log.append("src %d" % i)
        yield i
def double(it):
    for v in it:
        log.append("dbl %d" % v)
        yield v * 2
def only_big(it, limit):
    for v in it:
        if v >= limit:
            log.append("keep %d" % v)
            yield v
pipe = only_big(double(source(5)), 4)
print(log)
print(next(pipe))
print(log)
print(list(pipe))
print(log)
def take(n, it):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])
def words(lines):
    for line in lines:
        yield from line.split()
def lengths(ws):
    return (len(w) for w in ws)
text = ["the quick brown", "fox jumps", "", "over"]
print(list(lengths(words(text))), sum(lengths(words(text))))
def batched(it, n):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched(range(7), 3)))
def flatten_gen(x):
    for v in x:
        if isinstance(v, (list, tuple)):
            yield from flatten_gen(v)
        else:
            yield v
print(list(flatten_gen([1, (2, [3, (4,)]), [], 5])))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
g = (v for v in range(3))
print(next(g), sum(g), list(g))
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup")
log.clear()
for v in with_cleanup():
    pass
print(log)
