# Spectral norm of an infinite matrix: float division, generator expressions over
# zip/range, sum() and nested function calls.
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a(i, j) * vj for j, vj in zip(range(n), v)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a(j, i) * vj for j, vj in zip(range(n), v)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("spectral_norm(%d) = %.9f" % (n, (vbv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 240)
