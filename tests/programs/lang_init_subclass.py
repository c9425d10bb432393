# __init_subclass__, __class_getitem__, __set_name__ ordering.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="the-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name, Beta.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", 0) + 1
class L1(Base): pass
class L2(L1): pass
class L3(L2): pass
print(L1.depth, L2.depth, L3.depth, hasattr(Base, "depth"))

class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["x"], Box[3])
class Multi:
    def __class_getitem__(cls, items):
        return items
print(Multi[int, str], Multi[1:2])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)

order = []
class Field:
    def __set_name__(self, owner, name):
        order.append(("set_name", owner.__name__, name))
class Tracked:
    def __init_subclass__(cls):
        order.append(("init_subclass", cls.__name__))
class Model(Tracked):
    a = Field()
    b = Field()
print(order)

class AutoRepr:
    def __init_subclass__(cls, fields=(), **kw):
        super().__init_subclass__(**kw)
        cls._fields = fields
    def __init__(self, *vals):
        for f, v in zip(self._fields, vals):
            setattr(self, f, v)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields))
class Pt(AutoRepr, fields=("x", "y")):
    pass
print(Pt(1, "two"))
try:
    Plugin[int]
except TypeError as e:
    print(type(e).__name__, e)
