# A function that patches a builtin in the middle of its own body, and hot loops around patches.
import builtins
real_len = builtins.len

def self_patching():
    before = len("abc")
    builtins.len = lambda s: 42
    after = len("abc")
    builtins.len = real_len
    restored = len("abc")
    return before, after, restored

print(self_patching())
print(self_patching())

def global_patching():
    global chr
    first = chr(97)
    chr = lambda n: "G"
    second = chr(97)
    del chr
    third = chr(97)
    return first, second, third
print(global_patching(), global_patching())

def hot(n):
    total = 0
    for i in range(n):
        total += len("xy")
    return total

results = []
for round_no in range(6):
    if round_no == 3:
        builtins.len = lambda s: 10
    if round_no == 5:
        builtins.len = real_len
    results.append(hot(200))
print(results)

def called_by_callback(cb):
    a = len("four")
    cb()
    b = len("four")
    return a, b
def patch():
    builtins.len = lambda s: 0
print(called_by_callback(patch))
builtins.len = real_len
print(called_by_callback(lambda: None))
def shadow_global_cb():
    globals()["len"] = lambda s: "global"
print(called_by_callback(shadow_global_cb))
del len
print(called_by_callback(lambda: None))

def loop_with_patch_midway():
    out = []
    for i in range(4):
        out.append(len("ab"))
        if i == 1:
            builtins.len = lambda s: 99
    builtins.len = real_len
    return out
print(loop_with_patch_midway(), loop_with_patch_midway())
