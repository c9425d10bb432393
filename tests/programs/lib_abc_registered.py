# The collections classes answer isinstance checks against collections.abc as CPython's do.
from collections import deque, OrderedDict, Counter, ChainMap, UserList
from collections.abc import MutableSequence, MutableMapping
print(isinstance(deque(), MutableSequence), isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), MutableMapping), isinstance(ChainMap(), MutableMapping), isinstance(UserList(), MutableSequence))
from collections import UserString
from collections.abc import Sequence, Mapping
print(isinstance(UserString("a"), Sequence))
from collections import deque, ChainMap
match deque([1,2]):
    case [a, b]: print("seq", a, b)
match ChainMap({"k": 1}):
    case {"k": v}: print("map", v)
