for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
for x in []:
    print("never")
print([i for i in range(20) if i % 3 == 0 and i % 2 == 0])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C"
print([grade(s) for s in (95, 85, 50)])
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 1 == 1.0 != 2)
print(0 or "default", "" and "x", None or [] or "last", 1 and 2 and 3, not 0, not [1])
if (m := 10) > 5:
    print("walrus", m)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print("popped", item)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end="; ")
print()
print(list(map(lambda v: v * v, range(5))), list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])))
print(any([]), all([]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
