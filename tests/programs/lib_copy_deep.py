import copy


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f'Node({self.value!r}, {self.children!r})'


tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children, deep.children[1].children[0].value)
tree.children[1].value = 'changed'
print(shallow.children[1].value, deep.children[1].value)

nested = {'a': [1, 2], 'b': ({'c': 3},), 'd': {4, 5}}
d2 = copy.deepcopy(nested)
print(d2 == nested, d2['a'] is nested['a'], d2['b'][0] is nested['b'][0], copy.copy(nested)['a'] is nested['a'])

loop = [1, 2]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[2] is loop_copy, loop_copy[2] is loop, loop_copy[:2])

shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __copy__(self):
        return Tracked(self.tag + '+copy')

    def __deepcopy__(self, memo):
        return Tracked(self.tag + '+deep')


print(copy.copy(Tracked('t')).tag, copy.deepcopy(Tracked('t')).tag, copy.deepcopy([Tracked('in-list')])[0].tag)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 'x'


s = copy.deepcopy(Slots())
print(s.a, s.b)
t = (1, 2, 'three')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1])
memo = {}
copy.deepcopy([shared], memo)
print(id(shared) in memo)
