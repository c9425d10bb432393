# dict methods, ordering, views, error messages.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.setdefault("x", 0), d.setdefault("new", []), d)
print(d.popitem(), d)
d2 = d.copy()
d2.clear()
print(d2, d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2))))
for bad in (lambda: d["missing"], lambda: {}.popitem(), lambda: {}.pop("k"), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
            lambda: {[]: 1}, lambda: d.update(5), lambda: dict(1), lambda: {"a": 1} + {"b": 2}):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 1} | {"a": 2})
m = {"a": 1}
m |= {"c": 3}
m |= [("d", 4)]
print(m)
o = {}
o[3] = "three"
o[1] = "one"
o[2] = "two"
del o[1]
o[1] = "one again"
print(o, list(o.items()))
ks = o.keys()
o[10] = "ten"
print(ks, len(ks), 10 in ks, list(reversed(o)), list(reversed(o.values())))
print(ks & {1, 3, 99}, ks | {"x"} == {1, 2, 3, 10, "x"}, ks - {1}, o.items() & {(3, "three")})
print({1: 1} == {1: 1.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, d.keys() == d.keys())
try:
    for k in o:
        o["added"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in sorted(counts.items())}, max(counts, key=counts.get))
print({True: "t", 1: "one", 1.0: "float"}, {(1, 2): "tuple key"}, {None: 0})
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, repr({}), str({"k": "v"}))
print(list(d.items())[0], type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(dict(sorted({"z": 1, "a": 2}.items())), list({"a": 1}.values()) == [1], {}.get(1, {}).get(2))
print(len({i: i for i in range(1000)}), sum({i: i for i in range(10)}.values()))
dd = dict(a=1)
print(dd.__contains__("a"), dd.__getitem__("a"), dd.__len__(), "a" in dd.keys(), 1 in dd.values(), ("a", 1) in dd.items())
r = {}
r["self"] = r
print(r)
print(iter(dd).__next__(), next(iter(dd.values())), next(iter(dd.items())))
