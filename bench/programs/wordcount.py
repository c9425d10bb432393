# Word count: builds a deterministic text from a small pseudo-random generator,
# then splits, lowercases, strips and counts words in a dict, and formats the top
# entries. Exercises str methods, str concatenation/join and dict get/set.
import sys

SYLLABLES = ["ka", "lo", "mi", "re", "su", "ta", "ne", "po", "vi", "zu", "An", "Ber", "Co"]
PUNCT = ["", "", "", "", ",", ".", ";", "!"]


def make_text(words, seed):
    state = seed
    out = []
    for _ in range(words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 3
        parts = []
        s = state >> 4
        for _ in range(length):
            parts.append(SYLLABLES[s % len(SYLLABLES)])
            s //= len(SYLLABLES)
        out.append("".join(parts) + PUNCT[(state >> 12) % len(PUNCT)])
    lines = []
    for i in range(0, len(out), 12):
        lines.append(" ".join(out[i:i + 12]))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(",.;!").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main(words):
    text = make_text(words, 42)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    summary = ", ".join("%s=%d" % kv for kv in top)
    print("wordcount(%d): %d chars, %d distinct; %s" % (words, len(text), len(counts), summary))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
