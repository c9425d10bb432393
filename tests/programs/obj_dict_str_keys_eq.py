# Dict keys that are strs: exact strs compare by text, subclasses that override __eq__ are asked
# (the subclass first when it is the right operand), and lower() of ASCII and non-ASCII text.
for s in ["", "a", "A", "abc", "ABC", "aBc", "Kalo,", "x1Y2z3", "\u0130x", "ÀBC", "ΣΑΣ", "aΣ", "ABCÉ", "abcé", "ABC\U0001F600D", "A" * 40, "@[`{"]:
    print(repr(s.lower()), repr(s.upper()), s.lower() == s.lower().lower())


class K:
    def __eq__(self, o):
        return o == "k"

    def __hash__(self):
        return hash("k")


d = {K(): 1}
print(d.get("k"), d.get("x"), "k" in d)


class S(str):
    def __eq__(self, o):
        return True

    def __hash__(self):
        return hash("k")


d = {"k": 1, S("z"): 2}
print(d, d.get("k"), d.get(S("q")), d.get("z"))
d["k"] = 5
d[S("k")] = 6
print(d, [1, "k", 3].index(S("x")), S("y") in ["k"], ["k"].count(S("y")))


class I(int):
    def __eq__(self, o):
        return o == 7

    def __hash__(self):
        return hash(7)


d = {7: "seven"}
print(d.get(I(1)), I(1) in [7], [7, 8].index(I(2)))
e = {I(3): "i"}
print(e.get(7), e.get(3))
words = {}
for w in "the cat The CAT the Dog dog".split():
    w = w.lower()
    words[w] = words.get(w, 0) + 1
print(words)
