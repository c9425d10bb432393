# Comprehensions, lambdas and nested functions calling builtins while builtins/globals change.
import builtins

def comp():
    return [len(s) for s in ("a", "bc")], {str(i): abs(-i) for i in range(2)}, {min(i, 1) for i in range(3)}

def lam():
    f = lambda x: max(x, 0)
    return [f(v) for v in (-1, 5)]

def nested():
    def inner():
        return sorted([3, 1, 2])
    return inner()

def gen_sum():
    return sum(len(w) for w in ["ab", "cde"])

def show():
    print(comp(), lam(), nested(), gen_sum())

show()
show()
real = {n: getattr(builtins, n) for n in ("len", "abs", "max", "sorted", "min")}
builtins.len = lambda s: 0
builtins.max = lambda *a: "M"
show()
builtins.sorted = lambda x: "not sorted"
builtins.abs = lambda v: "A"
show()
for n, f in real.items():
    setattr(builtins, n, f)
show()
min = lambda *a: "global min"
show()
del min
show()
def make_adder_with_len():
    return lambda s: len(s) + 100
adder = make_adder_with_len()
print(adder("xyz"))
len = lambda s: -100
print(adder("xyz"))
del len
print(adder("xyz"))
