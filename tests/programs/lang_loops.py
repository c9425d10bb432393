# while/for with else, break, continue, nested loops, loop variables.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else runs when no break")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
while n < 10:
    n += 1
    if n == 7:
        break
else:
    print("not printed")
print("broke at", n)
for x in []:
    print("never")
else:
    print("for else on empty")
for x in range(3):
    for y in range(3):
        if y == 2:
            break
        if x == y:
            continue
        print("pair", x, y)
    else:
        print("inner else never")
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return idx
print(find("hello", "l"), find("hello", "z"))
total = 0
for k in range(10):
    if k % 2:
        continue
    total += k
print(total, k)
items = [1, 2, 3]
for it in items:
    if it == 1:
        items.append(4)
print(items)
count = 0
while count < 3:
    count += 1
    try:
        if count == 2:
            continue
    finally:
        print("finally in loop", count)
d = {"a": 1, "b": 2}
for key in d:
    print(key, d[key])
for a, b in [(1, 2), (3, 4)]:
    print(a * b)
x = 10
while x:
    x //= 3
    print("x", x)
for ch in "ab":
    for num in (1, 2):
        pass
print(ch, num)
result = []
for i in range(3):
    def f():
        return i
    result.append(f)
print([g() for g in result])
outer_done = False
for i in range(3):
    for j in range(3):
        if i * j == 2:
            outer_done = True
            break
    if outer_done:
        break
print("stopped at", i, j)
print([i for i in range(10) if i % 3 == 0])
s = 0
for _ in iter(int, 1):
    s += 1
    if s == 5:
        break
print("iter sentinel loop", s)
