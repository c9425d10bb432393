# splitlines and whitespace split: every line break and whitespace char, kept ends, results shared as in CPython
tests = ["", "a", "abc", "a\nb", "a\r\nb\rc\n", "\n\n", "x\x0by\x0cz\x1cw\x1dq\x1er\x85s\u2028t\u2029u", "end\r", "\r\n", "a\n\nb\n"]
for t in tests:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True), t.split(), t.strip())
s = "abc"; print(s.splitlines()[0] is s, "a b".split()[0] is "a b".split()[0])
print(" \t\x1c a\x1fb\xa0c\u3000d\x85e ".split(), "  ".split(), "x".split())
class S(str): pass
print([type(x) for x in S("ab").splitlines()], [type(x) for x in S("ab").split()])
