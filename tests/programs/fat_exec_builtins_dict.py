# exec() in a namespace dict with its own __builtins__ dict, changed between runs.
import builtins
src = """
def f():
    return len("abcd"), abs(-3)
result = f()
"""
custom = {"len": lambda s: "custom len", "abs": builtins.abs}
ns = {"__builtins__": custom}
exec(src, ns)
print(ns["result"])
print(ns["f"]())
custom["len"] = lambda s: "changed len"
print(ns["f"]())
del custom["len"]
try:
    ns["f"]()
except NameError as e:
    print(type(e).__name__, e)
custom["len"] = builtins.len
print(ns["f"]())
ns["len"] = lambda s: "global in ns"
print(ns["f"]())
del ns["len"]
print(ns["f"]())

ns2 = {"__builtins__": builtins}
exec(src, ns2)
print(ns2["result"])
ns3 = {}
exec(src, ns3)
print(ns3["result"], ns3["__builtins__"] is builtins.__dict__ or ns3["__builtins__"] is builtins)

def make_counter_ns():
    calls = []
    def fake_len(s):
        calls.append(s)
        return 0
    return {"__builtins__": {"len": fake_len, "abs": abs}}, calls
ns4, calls = make_counter_ns()
exec(src, ns4)
ns4["f"]()
ns4["f"]()
print(calls)
print(eval("len('xyz')", {"__builtins__": {"len": lambda s: 99}}), eval("len('xyz')"))
code = compile("value = len([1, 2]) + int('3')", "<corpus>", "exec")
for b in ({"len": len, "int": int}, {"len": lambda v: 10, "int": lambda v: 20}):
    space = {"__builtins__": b}
    exec(code, space)
    print(space["value"])
print(len("still normal"))
