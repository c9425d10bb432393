# Uncaught KeyError with a tuple key shows its repr.
inventory = {"apple": 3, "pear": 0}
for k in ("apple", "pear"):
    print(k, inventory[k])
try:
    inventory["plum"]
except KeyError as e:
    print("caught", e, repr(e), e.args)
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
print(grid[(1, 2)])
