# Operator precedence and augmented assignment on various types.
print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 ^ 1 | 8, ~1 + 1, not 1 == 2, not (1 == 2), 1 if 0 else 2 if 0 else 3)
print(3 > 2 and 2 > 1 or 0, 0 or 1 and 2, (0 or 1) and 2, -3 // 2, -(3 // 2), 7 % 3 * 2, 2 * -3, 2 - -3)
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2, 1 < 2 == True, (1 < 2) == True, 5 - 3 - 1, 2 ** 2 ** 0)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 6
n &= 3; print(n)
n |= 8; print(n)
n ^= 1; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
s = "ab"
s += "c"; s *= 2; print(s)
t = (1,)
t += (2,); t *= 2; print(t)
l = [1]
l += "xy"; l *= 2; print(l)
st = {1, 2}
st |= {3}; st &= {2, 3, 4}; st -= {4}; st ^= {5}; print(st)
d = {"a": 1}
d |= {"b": 2}; print(d)
d["a"] += 10; print(d)
obj = type("O", (), {})()
obj.v = 1
obj.v += 1; print(obj.v)
lst = [1, 2, 3]
lst[1] *= 10; lst[-1] -= 1; print(lst)
calls = []
def key():
    calls.append("key evaluated")
    return 0
lst[key()] += 100
print(lst, calls)
m = [[1]]
m[0][0] <<= 3
print(m)
f = 1.5
f //= 0.5; print(f)
b = True
b += 1; print(b, type(b).__name__)
c = 1 + 2j
c *= 1j; print(c)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 3 * 0.1, 1 - 0.9)
