"""Shapes and words: functions the FAT optimizer specializes."""


def area(r):
    return 3 * r * r + len("ab")


def describe(items):
    out = []
    for i in range(3):
        out.append(str(i) + ":" + items[i])
    return ", ".join(out)


def total(values):
    return sum(values) + len(values)


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + len(word) // len(word)
