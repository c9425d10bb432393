# Uncaught AssertionError with a message.
def check_sorted(seq):
    for a, b in zip(seq, seq[1:]):
        assert a <= b, "not sorted at %r > %r" % (a, b)
    return True
print(check_sorted([1, 2, 3]))
try:
    check_sorted([3, 1])
except AssertionError as e:
    print("caught:", e)
print(check_sorted("abc"))
check_sorted([1, 5, 4])
