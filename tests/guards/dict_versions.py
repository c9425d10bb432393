# PEP 509: every dict has a unique version; which operations change it (fat-peps.md 1.2).
from fat import dict_version as version


class Dict(dict):
    pass


def check(make):
    # creation: a new unique version, even for two empty dicts
    a, b = make(), make()
    assert version(a) != version(b)
    versions = {version(make()) for _ in range(100)}
    assert len(versions) == 100

    d = make()
    def changes(action):
        before = version(d)
        action()
        after = version(d)
        assert after != before, action
        assert after not in seen, "versions are unique"
        seen.add(after)
    def keeps(action):
        before = version(d)
        try:
            action()
        except KeyError:
            pass
        assert version(d) == before, action
    seen = {version(d)}

    value = object()
    changes(lambda: d.__setitem__('x', value))      # new key
    keeps(lambda: d.__setitem__('x', value))        # the very same object
    big1 = 10 ** 30
    big2 = 10 ** 30
    assert big1 == big2 and big1 is not big2
    changes(lambda: d.__setitem__('y', big1))
    changes(lambda: d.__setitem__('y', big2))       # equal but not identical
    changes(lambda: d.update(z=1))
    changes(lambda: d.update({'w': 2}))
    keeps(lambda: d.update())
    keeps(lambda: d.update(x=value))                # nothing new
    changes(lambda: d.setdefault('v', 3))
    keeps(lambda: d.setdefault('v', 4))
    assert d['v'] == 3
    changes(lambda: d.__delitem__('v'))
    keeps(lambda: d.__delitem__('v'))               # KeyError
    changes(lambda: d.pop('w'))
    keeps(lambda: d.pop('w', None))
    keeps(lambda: d.pop('w'))
    changes(lambda: d.popitem())
    # reads
    keeps(lambda: d.get('x'))
    keeps(lambda: 'x' in d)
    keeps(lambda: list(d.items()))
    keeps(lambda: len(d))
    # copy: the source keeps its version, the copy has a fresh one
    before = version(d)
    c = d.copy()
    assert version(d) == before and version(c) != before and version(c) not in seen
    changes(lambda: d.clear())
    keeps(lambda: d.clear())
    keeps(lambda: d.popitem())                      # empty: KeyError


check(dict)
print("ok dict")
check(Dict)
print("ok dict subclass")

# namespaces are versioned dicts too: an assignment of a global changes the module's version
g = globals()
def store_global(value):
    global NEW_GLOBAL
    before = version(g)
    NEW_GLOBAL = value
    return version(g) != before
assert store_global(1)
assert not store_global(NEW_GLOBAL)     # the very same object
assert store_global([])
import builtins
before = version(builtins.__dict__)
builtins.some_new_name = 1
assert version(builtins.__dict__) != before
del builtins.some_new_name
print("ok namespaces")

try:
    version([])
except TypeError as e:
    assert str(e) == "argument 1 must be dict, not list", e
print("ok errors")
