# A recursive function rebinding its own global name while recursing.
def countdown(n):
    if n == 0:
        return ["done"]
    return [n] + countdown(n - 1)

print(countdown(3), countdown(3))

original = countdown
def switching(n):
    global countdown
    if n == 2:
        countdown = lambda m: ["switched at %d" % m]
    return [n] + original_rest(n)
def original_rest(n):
    return countdown(n - 1) if n else []
countdown_backup = countdown
countdown = switching
print(countdown(4))
countdown = countdown_backup
print(countdown(3))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(10))
real_fact = fact
def fact(n):
    return "stub"
print(real_fact(5))
fact = real_fact
print(real_fact(5))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
import functools
fib = functools.lru_cache(maxsize=None)(fib)
print(fib(80), fib.cache_info().currsize)

def walk(tree):
    if isinstance(tree, list):
        return sum(walk(t) for t in tree)
    return tree
print(walk([1, [2, [3, [4]]]]))
saved_isinstance = isinstance
def isinstance(o, t):
    return False
print(walk([1, [2]]) if False else "walk would fail", walk(5))
del isinstance
print(walk([1, [2, [3]]]))
