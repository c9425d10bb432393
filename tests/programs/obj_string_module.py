# string module constants, Template, Formatter, capwords.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}!")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0} and {x}", 1, x=2), list(f.parse("a{0}b{x!r:>3}")))
print(string.Template("$a$b").substitute({"a": 1}, b=2), string.Template("${x}y").substitute(x="X"))
