# complex basics.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z * z, z / 2, (1 + 2j) / (3 - 4j), z - 3, 1j ** 2, 2 ** 1j == 2 ** 1j)
print(complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex(5), complex(), complex("j"), complex("-1.5e3j"))
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)), repr(complex(float("inf"), float("nan"))))
print(1j * 1j == -1, (1 + 0j) == 1, hash(1 + 0j) == hash(1), z == complex(3, 4), z != 3)
for bad in ("1+", "abc", "1 + 2j"):
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(format(z, ".2f"), f"{z:>20}", f"{1.5 + 2.25j:.1f}", format(1j), str(1e20j), (1e-20 + 1j))
print(type(z).__name__, isinstance(z, complex), complex(2, 3) ** 2, pow(1j, 4), abs(3j), (2 + 2j).imag)
print(complex(1.5, 2) * complex(0, 1), 0j == 0, bool(0j), bool(1e-300j), divmod.__name__)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1j, 1j), complex(z), sum([1j, 2, 3.5]))
