def ratio(a, b):
    return a / b
values = [(1, 2), (3, 0)]
for a, b in values:
    print(ratio(a, b))
