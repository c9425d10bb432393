# Loops over constant tuples, strings and lists calling builtins, with patches between calls.
import builtins

def over_tuple():
    out = []
    for word in ("a", "bb", "ccc"):
        out.append(len(word))
    return out

def over_string():
    return [ord(c) for c in "AZ"], "".join(chr(ord(c) + 1) for c in "abc")

def over_list_with_break():
    for v in [3, 7, 11, 15]:
        if v > 8:
            return "first over 8: %d" % v
    return "none"

def nested_constant_loops():
    total = 0
    for a in (1, 2):
        for b in (10, 20):
            total += abs(-a * b)
    return total

def mutate_loop_var():
    res = []
    for x in (1, 2, 3):
        x = x * 100
        res.append(x)
    return res, x

def loop_else():
    for x in (1, 2):
        pass
    else:
        return "else after", x

for _ in range(2):
    print(over_tuple(), over_string(), over_list_with_break(), nested_constant_loops(), mutate_loop_var(), loop_else())
saved = {name: getattr(builtins, name) for name in ("len", "ord", "chr", "abs")}
builtins.len = lambda s: "L"
builtins.ord = lambda c: 0
print(over_tuple(), over_string())
builtins.chr = lambda n: "?"
builtins.abs = lambda v: 1
print(over_string(), nested_constant_loops())
for name, fn in saved.items():
    setattr(builtins, name, fn)
print(over_tuple(), over_string(), nested_constant_loops())
len = str
print(over_tuple())
del len
print(over_tuple())
def empty_constant_loop():
    r = "untouched"
    for r in ():
        pass
    return r
print(empty_constant_loop())
def string_loop_count():
    n = 0
    for ch in "hello world":
        if ch in "lo":
            n += 1
    return n
print(string_loop_count())
def range_const_sum():
    return sum(range(10)), list(range(3, 0, -1)), len(range(100)), range(5)[2]
print(range_const_sum())
real_sum = builtins.sum
builtins.sum = lambda it: "patched sum"
print(range_const_sum())
builtins.sum = real_sum
print(range_const_sum())
