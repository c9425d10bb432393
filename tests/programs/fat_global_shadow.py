# A module global shadows a builtin, then is deleted again; callers must see each change.
def use_len():
    return len("hello")

def use_chr():
    return chr(65) + chr(66)

def use_range():
    return list(range(3))

print(use_len(), use_chr(), use_range())
len = lambda s: "shadowed len"
chr = lambda n: "<%d>" % n
print(use_len(), use_chr(), use_range())
print(use_len(), use_chr())
del len
print(use_len(), use_chr())
del chr
print(use_len(), use_chr(), use_range())
def range(*a):
    return "fake range"
print(use_range(), use_range())
del range
print(use_range())
globals()["len"] = lambda s: -1
print(use_len())
del globals()["len"]
print(use_len())
