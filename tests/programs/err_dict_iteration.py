# Mutating a dict while iterating over it is an uncaught RuntimeError.
scores = {"a": 1, "b": 2, "c": 3}
for k in list(scores):
    if scores[k] < 2:
        del scores[k]
print(scores)
try:
    for k in scores:
        scores[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(scores))
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in scores:
    del scores[k]
