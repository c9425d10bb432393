# printf-style % formatting for str and bytes.
print("%s %r %a" % ("s", "r", "é"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %10.3E" % (12345.678, 12345.678, 0.000123, 5.0))
print("%f %.2f %10.3f %-10.1f| %F" % (3.14159, 3.14159, 3.14159, 3.14159, float("inf")))
print("%g %G %.3g %g %g" % (0.0001234, 1e-10, 1234.5678, 100000, 1e6))
print("%c%c%c" % (72, "i", 33))
print("%%literal %s%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%(a)s %(a)r" % {"a": "x"})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%s and %s" % (None, True), "%d" % True, "%.3s" % "abcdef")
print("%10s|%-10s|" % ("right", "left"))
print("%d" % 3.99, "%x" % 255, "%o" % -8, "%x" % -255)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%s" % 1.0, "%r" % 1e100, "%s" % 0.1, "%.15g" % 0.1, "%.17g" % 0.1)
print("%5.1f%%" % 99.55)
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"raw"))
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%%" % ())
print(b"%(k)s" % {b"k": b"v"})
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 5), ("%c", 1.5),
                  ("%c", "ab"), ("%d", None), ("%(missing)s", {}), ("%", ()), ("%.2f", "s")):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print("%i%%" % 5, "%-+5d|" % 3, "%#.3g" % 1.0, "%#x" % 0)
print("%s" % {"k": 1}, "%r" % "q'uote", "%a" % "\u1234")
print("%3c|%-3c|" % ("a", "b"))
print("%.3d|%6.3d|%-6.3x|" % (7, 7, 10))
print("x" % ())
print("%s" % "only")
print("%(x)d %(x)x" % {"x": 255})
