# RecursionError from a recursive __repr__ (caught) and a recursive __getattr__ (uncaught).
class Loop:
    def __getattr__(self, name):
        return self.missing_too
class R:
    def __repr__(self):
        return "R(" + repr(self) + ")"
try:
    repr(R())
except RecursionError as e:
    print("repr loop:", type(e).__name__)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return 0 if self.n == 0 else 1 + len(Countdown(self.n - 1))
print(len(Countdown(200)))
print("getattr loop next")
Loop().anything
