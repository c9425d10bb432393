# More str behaviour: format_map, comparison, slicing, iteration, encode/decode round trips, interning-free identity.
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} and {y}".format_map(Default(x="X")))
s = "Hello, World"
print(s[0], s[-1], s[2:5], s[:5:2], s[::-1], s[100:], len(s), s.count("l"), s.index("W"))
print([c for c in "abc"], list(enumerate("ab")), "".join(reversed(s)), sorted(set("banana")))
print("abc" < "abd", "abc" < "abcd", "ABC" < "abc", "a" > "", "Z" < "a", "é" > "z", "10" < "9", max("apple", "banana"))
for text in ("plain", "ünïcödé", "日本語", "emoji 😀", ""):
    enc = text.encode("utf-8")
    print(len(text), len(enc), enc.decode("utf-8") == text, text.encode("utf-16-le").decode("utf-16-le") == text)
print("ab" in "cabd", "x" * 0 == "", "a,b,c".split(",", -1), "A-B".lower().split("-"))
print("  indented\n    more".splitlines(), "tab\there".expandtabs(2), "x".center(5, "*"), "%-5s|" % "ab")
print("Straße".casefold() == "strasse", "ǅ".lower(), "ﬀ".upper(), "ß".title(), "i".upper(), "I".lower())
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), max(words, key=len), " ".join(w.capitalize() for w in words))
print(str(12).rjust(5, "0"), "12".zfill(5), "-12".rjust(5, "0"), "abc".ljust(2), "%05.1f" % 3.14159)
print("a\tb\nc".split(), "a  b".split(" "), "".join(["x"] * 3), "-".join(map(str, range(5))))
print(repr("a" "b"), "x" + str(1) + repr("y"), str(1.0) + str(None), f"{'q':>{3}}")
print("abcabc".replace("b", ""), "aaa".replace("a", "aa"), "x".replace("", "-"), "hello".translate(str.maketrans("el", "ip")))
print(ord(min("hello")), chr(max(map(ord, "hello"))), sum(map(ord, "abc")), "".join(sorted("hello", reverse=True)))
print("a1b2c3".isalnum(), "٣".isdigit(), "Ⅷ".isnumeric(), "Ⅷ".isdigit(), "⅕".isnumeric(), "abc".isidentifier(), "2abc".isidentifier(), "class".isidentifier())
