# f-strings: expressions, conversions, format specs, nested fields, '=' specifier.
name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2:>6} {n:<6}| {n:^7}|")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b} {n:08b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xdeadbeef:_x}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}] [{n:{'>'}{width}}]")
print(f"{n=} {name=} {pi=:.2f} {items[1]=} {n + 1 = }")
print(f"{name=!s} {name=!r}")
print(f"{items} {items[0]} {items[-1]} {{literal braces}} {{{n}}}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"{'nested ' + f'{n:03d}'}")
print(f"{3 if n > 40 else 4} {(lambda x: x * 2)(5)} {[i * i for i in range(3)]}")
print(f"{-5:+d} {5:+d} {5: d} {-5: d} {5:-d}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"{'x':_<5}{'y':#>5}{'z':0^5}")
print(f"{-42:010d} {42:=+8d} {-3.5:=10.2f}")
print(f"{12.0:g} {1e20:g} {1.5e-7:g} {0.0001:g} {123456789.0:g} {float('inf'):f} {float('nan'):F}")
print(f"{True} {None} {True:d} {False:>5}")
print(f"{3+4j} {(3+4j).real:.1f} {1j}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
    def __repr__(self):
        return "P()"
print(f"{P()} {P():spec} {P()!r} {P()!r:>6}")
print(f"{'abc'[1:]} {len(name)} {name.upper():.2}")
print(f"{n:c}", f"{0x263A:c}")
print(f"multi {n}"
      f" line {name}")
print(F"upper-case prefix {n}", rf"raw \n {n}", fr"{name}\t")
x = 10
print(f"{x!r:>5}|{x:>{x}}|")
print(f"{'%'}{n}%")
print(f"{1_000_000:e} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:f}")
print(f"{12345.6789:.2e} {12345.6789:.0e} {0.000123:.2E}")
print(f"{255:#010x} {-255:#x} {10:#X}")
print(f"{'text':.2s}|{'text':10.2s}|")
print(f"{1/3:.10} {2/3:10.4} {100.0:.3}")
a = 3
print(f"{a}{a}{a}", f"{a!r:}", f"{a:}")
