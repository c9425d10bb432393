data = {"name": "Ann", "age": 30, "score": 91.256}
print("%(name)s is %(age)d, score %(score).1f" % data)
print("{name:>6}|{age:<4}|{score:08.3f}".format(**data))
print("{0[0]} {0[1]} {1.real} {2[k]}".format("xy", 3 + 4j, {"k": "v"}))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:+.2e}".format(12345.678), "{:.3g}".format(0.000123456))
print("{:#010x}".format(255), "{:^11.3f}".format(3.14159), "{:*<9}".format("left"), "{!r:>8}".format("q"))
print("{:.2%}".format(0.4567), "{:c}".format(65), "{:o}".format(8), "{:X}".format(3054), "{:08b}".format(5))
print("%-6s|%6s|%06.2f|%+d|% d|%x|%X|%o|%e|%g|%G|%c|%%" % ("ab", "cd", 3.14159, 5, 5, 255, 255, 8, 1234.5, 0.0001, 1e20, "z"))
print("%s %r %a" % ("é", "é", "é"), "%5.1f%%" % 99.44, "%.0f" % 0.5, "%.0f" % 1.5, "%d" % 3.99)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in table:
    print(f"{name:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(f"{'centered':^20}|", f"{42:>{5}}", f"{3.14159:.{2}f}", f"{'x'!r}", f"{1 + 1}")
print("a{}b{}c".format(1, 2), "{{literal}}".format(), "{}".format(None), "{}".format([1, "a"]))
print(str.format("{} {}", "x", "y"), "-".join(f"{i:02d}" for i in range(3)), f"{True}", f"{None!s}")
