# open() in binary modes: write/read bytes, append, seek/tell, readline, iteration, r+b, errors.
import os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_obj_binary_files.bin")
with open(path, "wb") as f:
    print(f.write(b"\x00\x01abc\xff\n"), f.write(bytearray(b"line2\n")), f.mode, f.closed, f.writable(), f.readable())
print(f.closed)
with open(path, "rb") as f:
    print(f.read(2), f.tell(), f.readline(), f.read(), f.read(), type(f).__name__)
with open(path, "ab") as f:
    f.write(memoryview(b"tail"))
with open(path, "rb") as f:
    print(list(f), f.seek(0), f.read(1), f.seek(-4, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(2))
with open(path, "r+b") as f:
    f.seek(2)
    f.write(b"AB")
    f.seek(0)
    print(f.read(), type(f).__name__)
print(open(path, "rb").readlines())
for bad in (lambda: open(path, "wb").write("text"), lambda: open(path, "rb").write(b"x"), lambda: open(os.path.dirname(path), "rb")):
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, str(e).replace(os.path.dirname(path), "<dir>"))
f = open(path, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
print(os.path.exists(path))
