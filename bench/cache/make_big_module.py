"""Writes big_module.py: about 3,000 lines of ordinary Python (functions, classes, loops, comprehensions,
string and container code) for the cache import benchmark. Deterministic: the same file on every run.

    python3 bench/cache/make_big_module.py [OUT.py] [--blocks N]
"""
import sys

BLOCK = '''

def scale_{i}(values, factor={i}):
    """Scales and filters a list of numbers (block {i})."""
    result = []
    for index in range(len(values)):
        value = values[index] * factor + {i} % 7
        if value % 2 == 0 and value > 3:
            result.append(value // 2)
        elif value < 0:
            result.append(-value)
        else:
            result.append(value + len("block{i}"))
    return result


def words_{i}(text):
    counts = {{}}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:{i} % 5 + 3]


class Shape{i}:
    sides = {i} % 6 + 3
    label = "shape-" + str({i})

    def __init__(self, size, name=None):
        self.size = size
        self.name = name or self.label
        self.history = [size]

    def area(self):
        return self.size * self.size * self.sides / 4.0

    def grow(self, by=1):
        self.size += by
        self.history.append(self.size)
        return self

    def describe(self):
        parts = [self.name, str(self.sides), "%.2f" % self.area()]
        return ", ".join(parts) + (" (grown)" if len(self.history) > 1 else "")

    def __repr__(self):
        return f"Shape{i}({{self.size!r}}, {{self.name!r}})"


def table_{i}(rows=4, cols=3):
    grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
    flat = [x for row in grid for x in row if x % 3 != 1]
    squares = {{x: x * x for x in flat}}
    total = 0
    for key in sorted(squares):
        total += squares[key] - key
    while total > 1000:
        total //= 3
    try:
        ratio = total / (flat[0] if flat else 0)
    except ZeroDivisionError:
        ratio = 0.0
    return total, round(ratio, 3), max(flat, default=-1), min(flat, default=-1)


def fib_{i}(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


CONSTANT_{i} = ({i} * 3 + 1, "k{i}", (1, 2, 3), frozenset({{1, 2}}), 2 ** 10 + {i})
'''

def main():
    out = "big_module.py"
    blocks = 40
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--blocks":
            blocks = int(args.pop(0))
        else:
            out = a
    with open(out, "w") as f:
        f.write('"""A large generated module for the cache import benchmark."""\n')
        for i in range(blocks):
            f.write(BLOCK.format(i=i))
        f.write("\n\ndef check():\n")
        f.write("    return [scale_0([1, 2, 3]), words_1('a b a'), Shape2(3).grow().describe(), table_3(), fib_4(20)]\n")


if __name__ == "__main__":
    main()
