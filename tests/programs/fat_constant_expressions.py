# Constant expressions that an optimizer may fold must keep their exact values and types.
def consts():
    return (2 ** 10, 2 ** -1, -(5), +3, ~7, not True, 1 + 2 * 3, 7 // 2, -7 // 2, 7 % -3, 2.0 ** 3, 1 / 4,
            "ab" * 3, b"x" * 2, (1, 2) * 2, "a" + "b", 3 < 4, 1 == 1.0, 10 >> 1, 1 << 10, 6 & 3, 6 | 3, 6 ^ 3)
print(consts())
print(consts() == consts())
def types_of():
    return [type(v).__name__ for v in (2 ** 10, 2 ** -1, 10 / 5, 10 // 5, True + 1, 3 * 1.0, "a" * 0, (1,) * 0)]
print(types_of())
def big():
    return 2 ** 200, len(str(10 ** 100)), "x" * 5000 == "x" * 5000, (0,) * 3
print(big()[0], big()[1], big()[2], big()[3])
def errors():
    out = []
    for f in (lambda: 1 / 0, lambda: 1 % 0, lambda: "a" * "b", lambda: (1,) + [2], lambda: 2 ** 10000 * 1.0, lambda: -"s"):
        try:
            f()
        except Exception as e:
            out.append(type(e).__name__)
    return out
print(errors())
def neg_zero():
    return -0.0, 0.0 * -1, -(0.0), 1 / -float("inf"), repr(-0.0)
print(neg_zero())
def strings():
    return "abc"[1], "abc"[::-1], "a,b".split(","), len("héllo"), "x".join("ab"), "%s-%d" % ("a", 1), f"{10:04d}"
print(strings())
def tuples():
    t = (1, 2, 3)
    return t[0], t[-1], t[1:], len(t), 2 in t, t + (4,)
print(tuples())
def frozen():
    return 3 in {1, 2, 3}, "b" in ("a", "b"), 5 not in [1, 2], frozenset({1, 2}) == {2, 1}
print(frozen())
def dead_code():
    if False:
        return "dead"
    if 0:
        return "zero"
    while False:
        return "never"
    if True:
        x = "live"
    return x
print(dead_code())
def copy_prop():
    x = 5
    y = x
    x = 6
    return x + y
print(copy_prop(), copy_prop())
def shadow_const():
    True_ = False
    None_ = 0
    return True_, None_
print(shadow_const())
def unused_after_return():
    return 1
    print("never")
print(unused_after_return())
def walrus_const():
    return (n := 10) * n
print(walrus_const())
def cond_const():
    return "yes" if 1 else "no", "a" if "" else "b", [] or "empty", 0 and "x"
print(cond_const())
