# Recursion: deep but below the limit, mutual recursion, memoization, recursive data.
import sys
sys.setrecursionlimit(3000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), len(str(fact(500))))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(500), is_odd(301))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def flatten(x):
    if isinstance(x, list):
        return [z for y in x for z in flatten(y)]
    return [x]
nested = 1
for i in range(200):
    nested = [nested, i]
print(len(flatten(nested)), flatten([[1, [2]], [[[3]]], 4]))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(200))
class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
    def height(self):
        return 1 + max((k.height() for k in self.kids), default=0)
tree = Node(1, Node(2, Node(4)), Node(3, Node(5, Node(6))))
print(tree.total(), tree.height())
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gen_rec(n):
    if n > 0:
        yield n
        yield from gen_rec(n - 1)
print(list(gen_rec(10)), sum(gen_rec(300)))
def count_calls():
    calls = 0
    def walk(n):
        nonlocal calls
        calls += 1
        if n > 1:
            walk(n // 2)
            walk(n // 2)
    walk(64)
    return calls
print(count_calls())
print(sys.getrecursionlimit())
def try_deep():
    try:
        return depth(10 ** 6)
    except RecursionError as e:
        return "caught: " + str(e)
print(try_deep())
print(depth(100), "still works after RecursionError")
lst = [1]
lst.append(lst)
print(lst, str(lst))
d = {"a": 1}
d["self"] = d
print(d)
