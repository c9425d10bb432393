# String, bytes and number literals in every spelling the tokenizer knows.
plain = 'single'
dq = "double"
mixed = 'it\'s' "say \"hi\"" 'both \' and "'
only_single = "don't"
only_double = 'a "quoted" word'
triple = '''three
single quotes'''
triple_dq = """three "double"
quotes"""
raw = r'raw \n stays \d+' R"also raw \""
unicode_prefix = u'old style prefix'
escapes = '\a\b\f\n\r\t\v\0\x7f\\\'\"\101\u00e9\U0001F600'
named = '\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{snowman}'
non_printable = '\x00\x1b\x85\xa0\u200b\u2028\ufeff\U000e0001'
non_bmp = '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 𐍈'
accented = 'café naïve Ærø'
cjk = '日本語のテキスト'
lone_surrogate = '\ud800 and \udfff'
empty = ''
line_cont = 'first \
second'
implicit = ('one' 'two'
            "three" r'\four')
bytes_plain = b'bytes'
bytes_escape = b'\x00\xff\n\t\\\'"'
bytes_raw = rb'raw\bytes' Rb"\d" bR'x' BR"y"
bytes_concat = b'a' b"b" b'''c'''
bytes_quotes = b"it's"
bytes_both = b'\'"'
bytes_high = b'\x80\x81\xfe'
decimal = 1234567890
underscored = 1_000_000
hexa = 0xDEAD_beef
octa = 0o755
octa_upper = 0O17
bina = 0b1010_0101
bina_upper = 0B11
zero = 0
zeros = 000
big = 123456789012345678901234567890123456789
big_hex = 0xFFFFFFFFFFFFFFFFFFFFFFFF
max_long = 9223372036854775807
past_long = 9223372036854775808
floats = [0.1, 1., .5, 1e10, 1E-10, 1.5e300, 3.14_15, 1_0.0_1e1_0, 0e0, 1e16, 1e15, 1e-5, 1e-4, 123456789.123456789]
overflow = 1e309
huge_exp = 2e400
tiny = 1e-400
imaginary = [1j, 2.5J, 0j, 1e10j, 1_0j, 1e309j]
complex_expr = 1 + 2j
negative = -1
negative_float = -0.0
ellipsis = ...
consts = [None, True, False, ...]
prefixes = [U'upper u', B'upper b', Br'\d', rB'\d', bR'\d', BR'\d', R'\d']
invalid_escapes = ['\d \w \q', b'\N{SNOWMAN} \u1234 \d']
octal_escapes = ['\0 \7 \77 \101 \1011', b'\0 \7 \77 \101']
mixed_underscores = [1_000.000_1, 1e1_0, 0x_f, 0o_7, 0b_1, 1_0j, 0_0]
