import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('  the quick   brown fox '), string.capwords('a-long-road', '-'))
t = Template('$who likes $what; ${who}s cost $$10')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='sam'))
print(t.get_identifiers(), t.is_valid(), Template('cost: $').is_valid())
for bad in (lambda: t.substitute(who='x'), lambda: Template('oops $').substitute(),
            lambda: Template('line one\n  ${bad').substitute(bad=1), lambda: Template('$1x').substitute()):
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)


class Percent(Template):
    delimiter = '%'


print(Percent('100%% of %name').substitute(name='it'))
f = Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{name!r:>8}|{num:05.1f}', name='x', num=3.14159))
print(f.format('{p[0]} {p[1]} {{literal}}', p=('first', 'second')))
print(f.format('{:{width}}|', 'pad', width=6))
print(list(f.parse('a{0!s:^5}b{{c}}{}')))
try:
    f.format('{} {1}', 1, 2)
except ValueError as e:
    print('ValueError:', e)
