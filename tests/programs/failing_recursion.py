import sys
def down(n):
    return down(n + 1)
print(sys.getrecursionlimit())
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
sys.setrecursionlimit(20000)
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def forever():
    forever()
forever()
