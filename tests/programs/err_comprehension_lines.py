# Traceback lines of errors inside comprehensions: the comprehension frame, its loops, conditions and elements.
def g():
    yield 1
    raise KeyError(1)
zeros = [0]


def check(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, out)
check(lambda: sum(x
               for x in g()
               if x > -5))
check(lambda: sum(x
               for x in [1, 0]
               if 1 / x))
check(lambda: [1/x
      for x in zeros])
check(lambda: [x
      for x in zeros
        if 1/x])
check(lambda: {x: 1/x
      for x in zeros})
check(lambda: list(1/x
      for x in zeros))
check(lambda: [y for x in [1] for y in g()])
