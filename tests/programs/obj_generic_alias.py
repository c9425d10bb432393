# types.GenericAlias: list[int], dict[str, int] (repr, __origin__/__args__, ==, calls) and __class_getitem__.
import types
a = list[int]
print(a, dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__, a == list[int], a == list[str], a != list[int], hash(a) == hash(list[int]))
print(a([1, 2]), type(a([1])).__name__, dict[str, int](x=1), a is list, isinstance(a, types.GenericAlias), type(a).__name__)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int], list[types.SimpleNamespace])
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Box[int], Box[int]().__orig_class__, Box[int, str].__args__)
for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: int[str]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def f(x: list[int]) -> dict[str, int]: return {}
print(f.__annotations__)
