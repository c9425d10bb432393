# SyntaxError objects from compile()/exec(), ending with an uncaught SyntaxError from exec.
for src in ("x = = 1", "def f(:", "1 +", "for x in range(3) print(x)", "print('unclosed", "a b"):
    try:
        compile(src, "<corpus>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.filename)
try:
    exec("if True:\npass")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    eval("lambda: (yield)")
    print("lambda with yield compiles")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x = 1\n  y = 2")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
print("now uncaught")
exec("nonlocal nonlocal_outside")
