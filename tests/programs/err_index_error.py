# IndexError messages for several sequence types, then an uncaught one.
for seq in ([1], (1,), "a", range(1), b"a", bytearray(b"a")):
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(e)
items = [10, 20, 30]
i = 0
while True:
    print(items[i])
    i += 1
