import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(repr(it.count(3)), repr(it.count(3, -1)), repr(it.repeat('z', 2)))
print(list(it.islice(it.cycle('AB'), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain('abc', [1, 2], (3,))), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(it.filterfalse(lambda x: x % 3, range(12))))
for key, group in it.groupby('AAAABBBCCDAABBB'):
    print(key, ''.join(group), end='; ')
print()
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 0, None, 3)))
source = iter(range(10))
print(list(it.islice(source, 1, 6, 2)), list(source))
print(list(it.pairwise('ABCD')), list(it.starmap(pow, [(2, 3), (10, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(list(it.zip_longest('ABC', 'x', fillvalue='-')), list(it.zip_longest([1, 2], [3])))
for bad in (lambda: it.islice('abc', -1), lambda: it.islice('abc', 0, 2, 0), lambda: list(it.chain(1, 2)),
            lambda: it.tee('ab', -1), lambda: it.repeat()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
