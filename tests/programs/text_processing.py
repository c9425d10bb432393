text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!
Numbers: 3 apples, 12 pears, 7 plums."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,;!:").lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
nums = [int(tok) for tok in text.replace(",", " ").split() if tok.isdigit()]
print(nums, sum(nums))
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
caps = " ".join(w.capitalize() for w in lines[0].split())
print(caps)
print(lines[1].replace(";", ",").upper(), lines[2].partition(":")[2].strip())
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, sorted(set(text.lower()) & set("aeiou")))
def wrap(s, width):
    out, line = [], ""
    for word in s.split():
        if len(line) + len(word) + (1 if line else 0) > width:
            out.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        out.append(line)
    return out
for l in wrap(text, 20):
    print(f"|{l:<20}|")
print("-" * 22)
print("é".encode("utf-8"), "naïve café".upper(), "ß".upper(), len("日本語"), "日本語"[1], "日本語"[::-1])
print("abc".encode("ascii"), b"caf\xc3\xa9".decode("utf-8"), "a,b;c".replace(";", ",").split(","))
print(ord("€"), chr(8364), "\u20ac" == "€", "tab\tsep".split("\t"), repr("\x00\x7f"), "Ω".isalpha())
