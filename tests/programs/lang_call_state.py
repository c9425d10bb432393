# Reused frames and unboxed locals under recursion, exceptions, closures, generators, class bodies,
# exec and a lowered recursion limit: every call sees only its own state.
import sys

def rec(n):
    if n == 0:
        raise ValueError("deep")
    try:
        return rec(n - 1)
    finally:
        pass

for k in range(3):
    try:
        rec(50)
    except ValueError as e:
        print("caught", e, k)

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion", type(e).__name__)
print(rec.__code__.co_varnames)

def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    total = 0
    for j in range(3):
        total += j
        def g():
            return total
        fs.append(g)
    return [f() for f in fs]
print(closures())

def gen_counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
print(list(gen_counter(5)))

def mixed(n):
    acc = 0
    for i in range(n):
        if i % 2:
            acc += i
        else:
            acc = acc + 0.5
    return acc, type(acc).__name__
print(mixed(7))

def ret_in_loop():
    for i in range(10):
        try:
            if i == 3:
                return i
        finally:
            i += 100
print(ret_in_loop())

def nested_loops():
    out = 0
    for i in range(3):
        for i2 in range(i):
            out += i * i2
        i = -1
    return out, i
print(nested_loops())

class C:
    for q in range(3):
        pass
    total = 0
    total += q
print(C.q, C.total)

def uses_exec():
    x = 0
    for x in range(4):
        pass
    exec("x = 99")
    return x, eval("x + 1")
print(uses_exec())

def reentrant(n, depth=0):
    s = 0
    for i in range(n):
        s += i
        if depth < 2:
            s += reentrant(n, depth + 1)
    return s
print(reentrant(4))
sys.setrecursionlimit(200)
def limit(n):
    return 0 if n == 0 else 1 + limit(n - 1)
print(limit(150))
try:
    limit(500)
except RecursionError:
    print("limit hit")
