# Loop counters, accumulators and results of arithmetic in locals: what a program
# sees of them in every position (after the loop, deleted, re-bound to other types,
# identity, through locals() and exec).


def after_loops(n):
    for i in range(n):
        pass
    print("last", i)
    for i in range(10, 0, -3):
        i += 100
        print("rebound", i)
    for i in range(0):
        print("never")
    print("empty loop keeps", i)
    for i in [7, "x", 2.5]:
        print("list item", i * 2)
    for i in range(2**62, 2**62 + 2):
        print("near the top", i * 4, i + i)
    for i in range(3):
        if i == 1:
            break
    print("after break", i)
    for i in range(3):
        print(i, sorted(locals().items()))
    return i


def deleted():
    for i in range(3):
        if i == 1:
            del i
            try:
                print(i)
            except UnboundLocalError as e:
                print("unbound:", e)
            continue
        print("kept", i)


def raised():
    try:
        for i in range(5):
            if i == 2:
                raise ValueError(i)
    except ValueError as e:
        print("caught", e, "at", i)
    return i


def accumulators(n):
    total = 0
    for k in range(n):
        total += k * 3
        total -= 1
    print("total", total, type(total).__name__)
    big = 2**62
    big += 2**62
    big += 2**62
    print("big", big, type(big).__name__)
    x = 5
    x += 0.5
    print("float now", x)
    s = "a"
    s += "b"
    print("str now", s)
    t = True
    t += True
    print("bool plus bool", t, type(t).__name__)
    u = 1
    u += True
    print("int plus bool", u)
    del u
    try:
        u += 1
    except UnboundLocalError as e:
        print("unbound:", e)
    m = 3
    m *= 4
    m += 1
    print("mixed", m, m is m, [m, m], {m: m})
    v = 9223372036854775807
    v -= -1
    print("past the machine range", v)
    w = -9223372036854775807
    w -= 2
    print("below it", w)
    c = 0
    for _ in range(1000):
        c += 1
    print("count", c, c == 1000, hash(c) == hash(1000), str(c), repr(c), f"{c:,}")
    return total


def walrus():
    x = 1
    x += (x := 10)
    return x


def seen_by_exec():
    n = 0
    for j in range(4):
        n += j
    exec("print('exec sees', n, j)")
    print("eval sees", eval("n * j"))


def identity():
    keep = []
    for i in range(300, 303):
        keep.append(i)
    print(keep, [type(k).__name__ for k in keep])
    acc = 1000
    acc += 1
    other = acc
    print(other is acc, other == 1001)


def shadowed_range():
    global range
    saved = range
    range = lambda n: ["a", "b"][:n]
    try:
        for i in range(2):
            print("user range", i)
    finally:
        range = saved


def floats(n):
    acc = 0.0
    for i in range(n):
        dx = i * 0.5
        dy = -dx
        acc += dx * dy
        acc -= 1.5
    z = -0.0
    z2 = z * 1.0
    nan = float("nan")
    q = nan * 2
    inf = 1e308 * 10
    print(acc, z2, q, q == q, inf, type(dx).__name__, dx is dx, [dx, dy], locals()["dy"])
    w = 3 / 2
    w *= 2
    w += 1
    print("w", w)
    k = 1
    k = k * 2.5
    k += 1
    print("k", k)
    big = 2 ** 62
    big = big * 4
    print("big", big)
    s = "a" * 3
    s += "b"
    print("s", s)
    m = 7
    m = m - 10
    m = -m
    print("m", m, m is m)
    t = 0.1
    t = t + 0.2
    kept = t
    print("t", t, kept is t, repr(t), hash(t) == hash(0.30000000000000004))
    return acc


print(after_loops(5))
print(floats(1000))
deleted()
print("returned", raised())
print(accumulators(10))
print("walrus", walrus())
seen_by_exec()
identity()
shadowed_range()
