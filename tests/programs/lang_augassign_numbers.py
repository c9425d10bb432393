# Augmented assignment on exact ints and floats (mixed too): results and errors of the binary operators.
x = 7
x //= 2; print(x)
x %= 3; print(x)
x = 5
x <<= 70; print(x)
x >>= 69; print(x)
x = 4
x **= -1; print(x)
y = 10
y /= 4; print(y)
y += 1; print(y)
y -= True; print(y)
z = 3
z *= 2.5; print(z)
z //= 2; print(z)
w = 2
w /= 3; print(w)
for bad in ("x //= 0", "x %= 0", "q = 1; q /= 0", "f = 1.0; f /= 0", "f = 2; f @= 3", "f = 2; f <<= -1"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
class A:
    v = 1.5
a = A()
a.v /= 2; a.v += 1; a.n = 5; a.n //= 2; a.n *= 1.5
print(a.v, a.n, vars(a))
n = -7
n //= 2; print(n)
n = 2 ** 62
n *= 4; print(n)
n //= -3; print(n)
