# Micro: a function calling a tiny helper that could be inlined, like a path
# module's isabs() calling _get_sep(). An optimizer can inline the helper behind
# a guard on the global it reads.
import sys


def _get_sep(path):
    if isinstance(path, bytes):
        return b"/"
    return "/"


def isabs(path):
    sep = _get_sep(path)
    return path.startswith(sep)


def main(n):
    paths = ["/usr/lib", "relative/dir", "/", "a"]
    hits = 0
    for i in range(n):
        if isabs(paths[i & 3]):
            hits += 1
    print("micro_inline(%d) = %d" % (n, hits))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)
