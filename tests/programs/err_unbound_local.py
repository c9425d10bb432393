# Uncaught UnboundLocalError from a local assigned after use.
total = 10
def add_to_total(v):
    if v > 100:
        total = 0
    return total + v
try:
    add_to_total(5)
except UnboundLocalError as e:
    print("caught:", e)
print(add_to_total(500))
add_to_total(1)
