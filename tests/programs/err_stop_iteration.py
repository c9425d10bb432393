# StopIteration behaviour; an uncaught StopIteration from next() at module level ends the program.
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("caught", repr(e), e.value, e.args)
def g():
    yield 1
    return "ret"
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("generator return value:", e.value)
print(next(gen, "exhausted"))
e = StopIteration(1, 2)
print(e.value, e.args)
print(list(map(next, [iter("ab"), iter("cd")])))
empty = iter([])
print("before final next")
next(empty)
