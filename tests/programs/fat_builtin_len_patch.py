# A function calling len() on constants while builtins.len is monkeypatched and restored.
import builtins

def size():
    return len("abcdef")

def sizes():
    return len([1, 2, 3]), len((4, 5)), len({"a": 1})

print(size(), sizes())
print(size(), sizes())
original = builtins.len
builtins.len = lambda obj: 1000
print(size(), sizes())
print(size(), sizes())
builtins.len = original
print(size(), sizes())
def counting_len(obj):
    counting_len.calls += 1
    return original(obj) * 10
counting_len.calls = 0
builtins.len = counting_len
for _ in range(3):
    print(size(), sizes())
print("calls", counting_len.calls)
del builtins.len
try:
    size()
except NameError as e:
    print(type(e).__name__, e)
builtins.len = original
print(size(), sizes())
