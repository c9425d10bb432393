# Loops over range() of constants, with range patched and restored between calls.
import builtins

def total():
    s = 0
    for i in range(5):
        s += i
    return s

def nested():
    out = []
    for i in range(3):
        for j in range(2):
            out.append(i * 10 + j)
    return out

def with_break():
    for i in range(10):
        if i == 4:
            break
    else:
        return "no break"
    return i

def with_else():
    seen = []
    for i in range(3):
        seen.append(i)
    else:
        seen.append("else")
    return seen

def step_range():
    return [i for i in range(10, 0, -3)], list(range(2, 9, 2))

for _ in range(2):
    print(total(), nested(), with_break(), with_else(), step_range())
real_range = builtins.range
builtins.range = lambda *a: [100, 200]
print(total(), nested(), with_break(), with_else(), step_range())
builtins.range = real_range
print(total(), nested(), with_break(), with_else(), step_range())
range = lambda *a: (7, 8)
print(total(), with_else())
del range
print(total(), with_else())

def loop_var_after():
    for k in range(4):
        pass
    return k
def empty_loop():
    k = "untouched"
    for k in range(0):
        pass
    return k
print(loop_var_after(), empty_loop())

def modify_in_loop():
    out = []
    for i in range(3):
        out.append(i)
        i = 100
        out.append(i)
    return out
print(modify_in_loop())

def tuple_loop():
    acc = []
    for x in (1, 2, 3):
        if x == 2:
            continue
        acc.append(x)
    return acc
print(tuple_loop(), tuple_loop())
