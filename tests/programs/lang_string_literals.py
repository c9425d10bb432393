# String and bytes literal forms, escapes, implicit concatenation, raw strings.
print('single', "double", '''triple single''', """triple double""")
print("implicit" " concatenation" ' mixed')
print("esc: \\ \' \" \a|\b|\f|\v|".encode(), "\x41\u00e9\U0001F600\N{BULLET}\101\0".encode("utf-8"))
print(r"raw \n \t \\ \x", R"upper raw \d", len(r"\n"))
print(b"bytes \x00\xff", rb"raw bytes \n", Rb"\d", br"\x")
print("""multi
line
string""")
s = """\
no leading newline \
joined line"""
print(s)
print("tab\tsep", "new\nline", repr("\r\n"))
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(len("\N{GREEK SMALL LETTER LAMDA}"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print("\777"[0] == "\u01ff", "\1\12\123", repr("\z" if False else "kept"))
print(u"unicode prefix", type(u"").__name__)
print(f"f{'-'}string", rf"{1}\n", F"{2}")
long = ("part one, "
        "part two, "
        "part three")
print(long)
print("" == '', "a" * 3 == "aaa", "é" == "e\u0301", len("e\u0301"))
print(0x10, 0o10, 0b10, 1_000, 0x_ff, 1e3, 1.5e-3, .5, 5., 1_0.0_1, 3j, 1e1j, 0o7_7)
print(type(1e3).__name__, type(10).__name__, type(3j).__name__, 00, 0.0)
print(r'\'' , len(r'\''), "\N{SNOWMAN}".encode("utf-8"))
b = b'\x7f' b'\x80'
print(b, len(b), b"a" b"b")
print("a\
b")
