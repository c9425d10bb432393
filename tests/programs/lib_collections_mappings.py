from collections import defaultdict, OrderedDict, ChainMap

groups = defaultdict(list)
for name, team in [('ann', 'red'), ('bob', 'blue'), ('cy', 'red'), ('di', 'green')]:
    groups[team].append(name)
print(groups)
print(dict(groups), groups['none'], len(groups))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()))
print(defaultdict(), defaultdict(None, {'a': 1}).default_factory)
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict('not callable')
except TypeError as e:
    print('TypeError:', e)

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(list(od))
od.move_to_end('d', last=False)
print(''.join(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
args = {}
settings = ChainMap(args, env, defaults)
print(settings['color'], settings['user'], len(settings), sorted(settings))
args['color'] = 'blue'
print(settings['color'], settings.maps[0])
child = settings.new_child({'debug': True})
print(child['debug'], child.parents is not None, 'debug' in settings)
print(ChainMap({'a': 1}, {'b': 2}))
try:
    del settings['user']
except KeyError as e:
    print('KeyError:', e)
