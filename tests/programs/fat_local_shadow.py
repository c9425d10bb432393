# Locals, parameters, closures and comprehension variables named like builtins.
def param_named_len(len):
    return len("abc")

def local_assigned_later():
    r1 = None
    try:
        r1 = len("xy")
    except UnboundLocalError as e:
        r1 = "unbound: " + str(e)
    len = lambda s: 0
    return r1, len("xy")

def closure_shadow():
    len = lambda s: "closure len"
    def inner():
        return len("q")
    return inner()

def comprehension_var():
    return [len for len in range(3)], len("after")

def conditional_shadow(flag):
    if flag:
        abs = lambda v: "local abs"
    try:
        return abs(-2)
    except UnboundLocalError as e:
        return "unbound"

print(param_named_len(lambda s: "param"), param_named_len(str.upper))
print(local_assigned_later())
print(closure_shadow())
print(comprehension_var())
print(conditional_shadow(True), conditional_shadow(False))

def global_decl():
    global len
    len = lambda s: "global via decl"
    return len("x")
print(global_decl())
def reader():
    return len("abc")
print(reader())
del len
print(reader())

class K:
    len = staticmethod(lambda s: "class-level len")
    in_body = len("body")
    def method(self):
        return len("m")
print(K.in_body, K().method(), K.len("x"))

def nested_def():
    def len(s):
        return "nested def"
    return len("a"), (lambda: len("b"))()
print(nested_def(), len("ok"))
def except_as():
    try:
        raise ValueError
    except ValueError as len:
        r = type(len).__name__
    try:
        return r, len("c")
    except UnboundLocalError:
        return r, "len unbound after except"
print(except_as())
def import_as():
    from math import floor as round
    return round(2.7)
print(import_as(), round(2.7))
def for_target():
    for max in (lambda *a: "loop max",):
        pass
    return max(1, 2)
print(for_target(), max(1, 2))
