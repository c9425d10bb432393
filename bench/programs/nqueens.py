# N-queens: counts all solutions by backtracking with sets of attacked columns and
# diagonals, and lists the first solution. Exercises recursion, set add/remove/in.
import sys


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
solutions = solve(n)
print("nqueens(%d): %d solutions, first %s, last %s" % (n, len(solutions), solutions[0], solutions[-1]))
