# io.BytesIO and io.TextIOWrapper over it.
import io
b = io.BytesIO()
print(b.write(b"first line\n"), b.write(bytearray(b"second\n")), b.write(memoryview(b"third")), b.tell())
b.seek(0)
print(b.readline(), b.read(3), b.tell(), b.read(), b.read())
b.seek(-5, 2)
print(b.read(), b.seek(2), b.seek(3, 1), b.read(4))
b.seek(30)
b.write(b"!")
print(len(b.getvalue()), b.getvalue()[-3:], b.truncate(5), b.getvalue(), b.tell())
print(list(io.BytesIO(b"a\nb\nc")), io.BytesIO(b"x\ny").readlines(), io.BytesIO(b"abc").getbuffer().tobytes())
for bad in (lambda: io.BytesIO("str"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with io.BytesIO(b"data") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.write("héllo\nwörld\n"), t.encoding)
t.flush()
print(raw.getvalue())
r = io.TextIOWrapper(io.BytesIO("line one\r\nline two\rthree".encode("utf-8")))
print(repr(r.readline()), repr(r.read()))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
