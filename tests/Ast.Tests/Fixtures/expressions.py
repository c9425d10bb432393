a = b = c = d = e = 1
xs = [1, 2, 3]
arith = a + b - c * d / e // a % b @ c ** d
prec = (a + b) * c - (d - e) - (a - (b - c))
power = a ** b ** c
power_left = (a ** b) ** c
neg_power = -a ** b
power_neg = a ** -b
neg_paren = (-a) ** b
unary = [-a, +a, ~a, not a, - -a, -(+a), not not a]
bits = a | b ^ c & d << e >> a
bits_paren = (a | b) & (c ^ d)
shifts = (a << b) >> c << (d >> e)
bools = a and b or c and not d
bools_paren = (a or b) and (c or d)
bool_chain = a or b or c or d
and_chain = a and (b and c) and d
compare = a < b <= c > d >= e == a != b
compare_words = a is b is not c in xs not in xs
compare_paren = (a < b) < c
mixed = not a < b and c | d > e
ternary = a if b else c
ternary_nested = a if b else c if d else e
ternary_paren = (a if b else c) if d else e
ternary_cond = a if (b if c else d) else e
lam = lambda: 0
lam_args = lambda x, y=1, *args, z, w=2, **kw: x + y
lam_posonly = lambda p, /, q: p
lam_star = lambda *, k: k
lam_in_call = sorted(xs, key=lambda v: -v)
lam_nested = lambda: lambda: a
lam_ternary = (lambda: a) if b else (lambda: c)
walrus = (n := 10)
if (m := len(xs)) > 2:
    pass
print(walrus := 3)
[y := 5, y ** 2]
comp = [x * 2 for x in xs if x if x > 0 for z in range(x)]
setcomp = {x for x in xs}
dictcomp = {x: x ** 2 for x in xs if x % 2}
genexp = (x for x in xs)
gen_arg = sum(x for x in xs)
gen_args = sum((x for x in xs), 0)
tuple_target = [k for k, v in {}.items()]
comp_ternary = [x if x else 0 for x in (xs if a else xs)]
comp_lambda = [(lambda: x) for x in xs if (lambda: x)]
nested_comp = [[i * j for j in range(i)] for i in range(3)]
call = print(1, *xs, sep='', **{'end': '\n'}, flush=False)
call_kwargs = dict(**{'a': 1}, **{'b': 2})
call_star_after = print(*xs, *xs, end='')
attr = a.real.imag
int_attr = 1 .real
int_attr2 = (1).bit_length()
float_attr = 1.5.hex()
big_attr = 123456789012345678901234567890 .bit_length()
bool_attr = True.real
str_attr = 'x'.upper()
sub = xs[0]
sub_neg = xs[-1]
slices = [xs[1:], xs[:2], xs[::2], xs[1:2:3], xs[:], xs[::], xs[a:b], xs[a + 1:b - 1:-1]]
multi_sub = {}[1, 2]
multi_slice = {}[1:2, ::3]
single_tuple_sub = {}[1,]
empty_tuple_sub = {}[()]
star_sub = {}[*xs]
star_sub2 = {}[*xs, 1]
paren_tuple_sub = {}[(1, 2)]
list_disp = [1, *xs, 2]
set_disp = {1, *xs}
dict_disp = {'a': 1, **{'b': 2}, 'c': 3}
dict_or = {**{'a': 1} | {'b': 2}}
empty = ([], {}, ())
single = (1,)
tuples = 1, 2, 3
nested_tuples = ((1, 2), (3,), ())
star_assign = first, *rest = xs
[p, q] = 1, 2
(r, s), t = (1, 2), 3
xs[0], xs[1] = xs[1], xs[0]
a.b = c.d = 1
x = yield_value = None
chained = a if b else c or d
starred_expr = [*a, *(b or c)]
await_name = 'await'
ellipsis_sub = xs[...]
paren_call = (a or b)()
sub_of_call = f()[0]
sub_of_binop = (a + b)[0]
neg_attr = (-a).real
lambda_default = lambda x=(1, 2): x
keyword_lambda = f(key=lambda: 1)
yield_in_list = None
string_method = 'a' 'b'.join(xs)
matmul = a @ b
aug = 0
aug += 1
aug -= 1
aug *= 2
aug /= 2
aug //= 1
aug %= 3
aug **= 2
aug @= a
aug <<= 1
aug >>= 1
aug |= 1
aug ^= 1
aug &= 1
xs[0] += 1
a.real += 0
