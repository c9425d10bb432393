# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = iter([5, 4, 0, 7])
out = []
while (v := next(values)) != 0:
    out.append(v)
print(out, v)
print([y for x in data if (y := x * 2) > 6], y)
print((a := 1, b := 2), a, b)
def f():
    if (m := max(data)) > 5:
        return m
print(f())
print((z := 10) + z)
print([(i, j) for i in range(3) if (j := i * i) % 2 == 0])
def scope():
    [q := k for k in range(4)]
    return q
print(scope())
print(any((hit := v) > 7 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)
s = "hello world"
if (idx := s.find("world")) >= 0:
    print("found at", idx)
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()):
    total += top
print(total, top)
print(f"{(w := 5) * 2} {w}")
lst = [w := 1, w + 1]
print(lst)
def fn(x=(d := 7)):
    return x
print(fn(), d)
counter = 0
def inc():
    global counter
    counter += 1
    return counter
results = [c for _ in range(5) if (c := inc()) % 2]
print(results, counter)
print((lambda: (t := 3) * t)())
chunks = []
it = iter(range(7))
import itertools
while chunk := list(itertools.islice(it, 3)):
    chunks.append(chunk)
print(chunks)
