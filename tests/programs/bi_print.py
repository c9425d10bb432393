# print: sep, end, file, flush; output of multiple objects; stderr not captured.
import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -- ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print(1, 2.0, None, True, [1], {"k": 1}, (1,), sep="|")
print(*range(5))
print(*"abc", sep=",")
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into buffer", 42, file=buf, end="!")
print("buffer has:", repr(buf.getvalue()))
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("", end="")
print("multi\nline\tstring")
print("unicode: é ñ 😀 α")
print(sep="x")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()].__len__())
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
print(repr(print("inner")))
print("%d items" % 3, f"{'fmt'}", "{}".format("method"))
for i in range(3):
    print(i, end=" ")
print()
print("tab\there", "back\\slash")
print(b"bytes printed", bytearray(b"ba"))
print(0.1 + 0.2, 1e100, -0.0, 10 ** 25)
lines = ["x", "y"]
print(*lines, sep="\n")
print("end with empty", end="\n\n")
print("last line")
