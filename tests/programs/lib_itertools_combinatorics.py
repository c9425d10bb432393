import itertools as it

print(list(it.product('ab', [0, 1])))
print(list(it.product(range(2), repeat=3)))
print(list(it.permutations('abc')))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations('abcd', 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement('xyz', 2)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
print(list(it.combinations('ab', 3)), list(it.permutations('', 0)), list(it.product()))
for bad in (lambda: it.permutations('ab', -1), lambda: it.combinations('ab'), lambda: it.product('a', repeat=-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
