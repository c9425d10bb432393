# itertools building blocks.
import itertools as it
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable([[1], [2, 3]])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1], fillvalue="-")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(), 0)), next(it.count(10)), list(zip(it.count(1), "xy")))
try:
    list(it.islice("a", -1))
except ValueError as e:
    print(type(e).__name__, e)
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.accumulate(["a", "b", "c"])))
