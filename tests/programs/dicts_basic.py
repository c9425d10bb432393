d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(d.pop("b"), d, d.setdefault("x", 10), d.setdefault("a", 99), d)
d.update({"y": 5}, z=6); print(d)
del d["x"]; print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0), {k: k * 2 for k in range(3)})
e = d.copy(); e["a"] = 100; print(d["a"], e["a"], d == e)
print(d.popitem(), d)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple"})
print({**{"a": 1}, **{"b": 2}, "c": 3}, {"a": 1} | {"a": 2, "b": 3})
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
