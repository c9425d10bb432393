# Line numbers of generator frames suspended in loops at "if test: yield v" with the yield on its own line,
# seen in the traceback of an exception thrown in, and of one raised while computing the yielded value.


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def gen_for(items):
    for x in items:
        if x:
            yield 10 // x


def gen_while(n):
    i = 0
    while i < n:
        if i % 2 == 0:
            yield i
        i += 1


def gen_block(flag):
    total = 0
    if flag:
        yield total


for make in (lambda: gen_for([1, 2]), lambda: gen_while(4), lambda: gen_block(True)):
    g = make()
    print(next(g))
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print(lines(e.__traceback__))

try:
    list(gen_for([1, -1, "x"]))
except TypeError as e:
    print(lines(e.__traceback__))
print(list(gen_while(7)), list(gen_for([5, 0, 2])))
