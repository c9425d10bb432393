# UnboundLocalError in several shapes; uncaught at the end.
total = 10
def add_to_total(v):
    if v > 100:
        total = 0
    return total + v
def loop_var():
    for i in range(0):
        pass
    return i
def del_then_use():
    x = 1
    del x
    return x
def augmented():
    total += 1
    return total
def in_closure():
    def inner():
        return y
    inner_result = None
    try:
        inner_result = inner()
    except NameError as e:
        inner_result = type(e).__name__ + ": " + str(e)
    y = 2
    return inner_result
for fn in (lambda: add_to_total(5), loop_var, del_then_use, augmented):
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
print(in_closure())
print(add_to_total(500))
print(issubclass(UnboundLocalError, NameError))
add_to_total(1)
