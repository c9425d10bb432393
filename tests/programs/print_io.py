import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("to stdout", file=sys.stdout)
sys.stdout.write("written directly\n")
print(end="")
print("", "x", "")
print(None, True, 1.0, [None])
print("multi\nline", "tabs\tok")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w)
print(w.parts)
old = sys.stdout
sys.stdout = w
print("redirected")
sys.stdout = old
print(w.parts[-2:])
try:
    input()
except EOFError as e:
    print("EOFError:", e)
