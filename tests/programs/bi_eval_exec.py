# eval, exec, compile with namespaces.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y + z", {"y": 1}, {"z": 2}), eval(" 5 "), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(v):\n    return v + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("q = 1\nr = q + 1", {}, loc)
print(loc)
print(exec("1 + 1"), eval("None"))
code = compile("40 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("out.append('exec mode')", "<string>", "exec")
out = []
exec(code2)
print(out)
code3 = compile("7 * 6", "<single>", "single")
exec(code3, {})
for src, mode in (("1 +", "eval"), ("x = ", "exec"), ("def f(:\n  pass", "exec"), ("return 5", "exec"), ("a = 1", "eval")):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    compile("1", "f", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
g = {"__builtins__": {"len": len}}
print(eval("len('abcd')", g))
try:
    eval("abs(-1)", g)
except NameError as e:
    print(type(e).__name__, e)
def scope_test():
    local_v = 10
    return eval("local_v + 1"), eval("local_v * 3", globals(), {"local_v": 2})
print(scope_test())
counter = 0
exec("counter += 1")
exec("counter += 1", globals())
print(counter)
ns2 = {"data": [3, 1, 2]}
exec("data.sort()\nresult = sum(data)", ns2)
print(ns2["data"], ns2["result"])
src = """
class K:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'K(%r)' % self.v
made = [K(i) for i in range(3)]
"""
ns3 = {}
exec(src, ns3)
print(ns3["made"], ns3["K"].__module__ if "__name__" in ns3 else ns3["K"].__module__)
print(eval("(lambda a: a * 2)(4)"), eval("'%s-%s' % ('a', 'b')"), eval(b"3 + 3"), eval("  \t7"))
exec("import math as m_alias", ns3)
print(ns3["m_alias"].sqrt(16))
nested = {}
exec("def outer():\n    v = 1\n    def inner():\n        return v + 1\n    return inner()\nres = outer()", nested)
print(nested["res"])
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("dir()", {}, {"only": 1}))
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("x", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval(compile("a + 1", "<c>", "eval"), {"a": 1}), compile("pass", "<c>", "exec").co_name)
