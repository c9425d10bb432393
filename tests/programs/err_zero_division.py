# Uncaught ZeroDivisionError after some output.
def ratio(a, b):
    return a / b
for a, b in ((10, 2), (9, 3), (1, 4)):
    print(a, b, ratio(a, b))
values = [5, 3, 0]
total = 0
for v in values:
    print("dividing by", v)
    total += 60 // v
print("unreachable", total)
