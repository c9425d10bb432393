# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Fallback:
    known = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no %r here" % name)

f = Fallback()
print(f.real, f.known, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "other", "dflt"), hasattr(f, "dyn_x"), hasattr(f, "zzz"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "method"

lg = Logged()
lg.x = 5
print(lg.x)
lg.method()
del lg.x
print(lg.log)
try:
    lg.x
except AttributeError as e:
    print(type(e).__name__, e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().boom, Both().missing)

class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
ro = ReadOnly(a=1)
print(ro.a)
for action in ("set", "del"):
    try:
        if action == "set":
            ro.a = 2
        else:
            del ro.a
    except AttributeError as e:
        print(type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(2))

class Dirable:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Dirable()))

class Recorder:
    def __setattr__(self, name, value):
        super().__setattr__(name, (value, "recorded"))
r = Recorder()
r.v = 1
setattr(r, "w", 2)
print(r.v, r.w, vars(r))
delattr(r, "v")
print(vars(r))

class GetattrCount:
    calls = 0
    def __getattr__(self, name):
        GetattrCount.calls += 1
        if name == "__len__":
            return lambda: 5
        raise AttributeError(name)
g = GetattrCount()
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
print(g.__len__(), GetattrCount.calls)

class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.abc, lz.__dict__, lz.abc)
print(getattr(1, "real"), getattr("x", "upper")(), getattr(lz, "abcd"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(lz, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(lz, 5)
except TypeError as e:
    print(type(e).__name__, e)
