name = 'world'
width = 10
value = 3.14159
simple = f'hello {name}'
conv = f'{name!r} {name!s} {name!a}'
spec = f'{value:.2f} {value:>{width}} {value:{width}.{3}}'
debug = f'{name=} {value = :.1f} {name=!s}'
nested_quotes = f"{'single'} and {name + '!'}"
triple = f'''multi
line {name}
'''
triple_dq = f"""has 'single' and "double" {name}"""
braces = f'{{literal}} {name} }}{{'
escapes = f'tab\there\n{name}\\'
concat = f'{name}' 'plain' f"{width}" r'\raw'
raw_f = rf'\d{name}' fR'{width}\n' Rf'x' FR'y'
dict_in = f'{ {"a": 1}["a"] }'
set_in = f'{ {1, 2} }'
lambda_in = f'{(lambda x: x * 2)(3)}'
cond = f'{name if width else value}'
nested = f'{f"{name}"}'
nested_spec = f'{value:{"^"}{width}}'
empty_f = f''
only_text = f'no fields'
walrus = f'{(y := 5)}'
unicode_f = f'ünïcode {name} 😀'
non_printable_f = f'\x00{name}\x7f'
quote_mix = f'it\'s {name}' f"say \"{name}\""
all_quotes = f'''a'b"c{name}'''
tuple_in = f'{name, width}'
star_in = f'{[*name]}'
attr_in = f'{name.upper()!r:>20}'
call_in = f'{format(value, ".3")}'
newline_in_spec = f'{value:{width}}'
upper_prefixes = F'{name}' fr'\d{name}' Fr'\d' rF'{width}' fR'x'
named_escape = f'\N{GREEK SMALL LETTER ALPHA} {name} \N{EM DASH}'
escaped_braces_spec = f'{value:{{}}>10}'
bang_compare = f'{width != 3}'
colon_lambda = f'{(lambda: 1)()}'
