# Inputs where ast.unparse must choose quotes, escapes or parentheses with care.
all_four = f'{x}' '\'"' "'''" '"""'
fallback_parts = f'{x}' "'" f'{y}' '"' "'''" '"""' f'{z}'
ends_in_quote = f'{x}"'
ends_in_single = f"{x}'"
newline_field = f'''{"""a
b"""}'''
newline_text = f'line\n{x}'
tab_text = f'\t{x}\t'
spec_newline = f'''{x:{"""
"""}}'''
quote_in_field = f'''{"'"}'''
both_in_field = f'''{"'" + '"'}'''
brace_start = f'{ {"k": 1} }'
set_start = f'{ {x} }'
nested_fstring = f'''{f"{f'{x}'}"}'''
escaped_in_nested = f'{"tab":{"^"}10}'
docstring_like = 'x\ny'
crlf_string = 'a\r\nb'
nul = '\0'
high = '\x80\x9f\xa0\xad'
weird_space = '\u3000\u00a0\u2009'
emoji_zwj = '👩‍👩‍👧'
combining = 'e\u0301'
unassigned = '\U000e0000\U0010ffff'
bytes_all = b'\x00\x7f\x80\xff\'"\\'
bytes_dq = b'"'
str_dq = '"'
str_sq = "'"
big_float = 1e22
small_float = 5e-324
max_float = 1.7976931348623157e308
many_digits = 0.30000000000000004
two_thirds = 2 / 3
neg_exp_boundary = 0.0001
neg_exp_boundary2 = 0.00001
pos_boundary = 1e16
pos_boundary2 = 9999999999999998.0
complex_parts = (1+2j, 1.5-0.5j, -0j, 0j + 0)
lambda_tuple = lambda: (1, 2)
yield_expr = None
starred_call = f(*a or b)
star_target_paren = [*(a, b)]
not_in_compare = not a in b
compare_chain_not = (not a) == b
await_attr = None
unary_power = (-1) ** 2
power_of_unary = 2 ** -1
bool_in_attr = True.real
float_attr = 1.0.real
complex_attr = 1j.imag
neg_int_attr = (-1).real
string_attr = ''.join
subscript_tuple_slice = x[1:2, 3]
subscript_ellipsis = x[..., 1]
subscript_lambda = x[lambda: 1]
subscript_walrus = x[(y := 1)]
subscript_starred_tuple = x[*a, *b]
dict_unpack_ops = {**(a or b), **(a if b else c), **a.b}
set_of_tuple = {(1, 2)}
lambda_in_default = lambda a=lambda: 1: a
conditional_lambda = lambda: a if b else c
lambda_yield = None
generator_in_call_kw = f(x=(y for y in z))
comprehension_ternary_iter = [a for a in (b if c else d)]
comprehension_lambda_if = [a for a in b if (lambda: a)]
comprehension_walrus = [(y := a) for a in b]
nested_ternary_right = a if b else (c if d else e)
walrus_in_comprehension_if = [a for a in b if (c := a)]
assign_yield = None
chained_assign_tuple = a = b, c = 1, 2
aug_tuple = None
print((yield_ := 1), *(), **{})
for x, in y:
    pass
for (x, y), z in w:
    pass
with a as b, c as (d, e):
    pass
del (a), [b], (c, d)
x = 1 if True else 2
x = a, *b
x = (*a,)
class A(B, *C, **D): pass
def f(a, /, *, b): pass
def f(a=1, /, b=2, *c, d=3, e, **f): pass
def f(*, a=1): pass
lambda a, /: 0
lambda *a: 0
lambda **a: 0
lambda a=1, /, *, b=2: 0
