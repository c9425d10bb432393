# memoryview over bytes and bytearray: items, slices (views of views), writes through, release, with.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), bytes(m[1:3]), m.readonly, m.nbytes, m.format, m.itemsize)
print(m == b"abcdef", m[2:] == b"cdef", m[1:5][1:3].tobytes(), list(m[4:]), m.hex(), m[:3].hex(":"), m.ndim, m.shape)
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 74
v[1:3] = b"EL"
print(ba, v.readonly, v.obj is ba, v[::-1].tobytes())
for bad in (lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 300), lambda: v.__setitem__(slice(0, 2), b"x"), lambda: m[10], lambda: memoryview(5), lambda: memoryview("s")):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as c:
    print(c.tobytes(), c.readonly)
print(repr(c).startswith("<released memory at"))
try:
    len(c)
except ValueError as e:
    print(type(e).__name__, e)
w = memoryview(b"xyz")
w.release()
w.release()
print(bytes(memoryview(bytearray(b"q"))), b"ab" + memoryview(b"cd"), b"-".join([memoryview(b"a"), b"b"]), hash(memoryview(b"h")) == hash(b"h"))
