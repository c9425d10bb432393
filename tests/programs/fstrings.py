name = "World"
n = 42
pi = 3.14159265
print(f"Hello {name}!", f"{n:5d}|{n:<5}|{n:^5}|{n:05}", f"{pi:.3f} {pi:10.2f} {pi:e} {pi:g}")
print(f"{n!r} {name!r} {name!s:>8} {n:#x} {n:#o} {n:#b} {n:,}", f"{1234567.891:,.2f}", f"{0.25:.1%}")
print(f"{'nested'} {[1, 2][0]} {{braces}} {n + 1} {n * 2 = }" if False else f"{'nested'} {[1, 2][0]} {{braces}} {n + 1}")
width = 10
print(f"{name:{width}}|", f"{pi:{width}.{3}f}|", f"{-5:+d} {5:+d} {5: d}")
print(f"{1e-7:g} {1e20:g} {123456789:g} {0.0001234:.2e} {12.0:g} {float('inf')} {float('nan'):f}")
print(format(3.5, ".0f"), format(2.5, ".0f"), format(1.0, ".3"), format(1234.5, ".3"), format("x", "*^5"), format(7, "b"))
