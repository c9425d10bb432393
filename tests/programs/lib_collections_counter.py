from collections import Counter

words = 'the quick brown fox jumps over the lazy dog the end'.split()
c = Counter(words)
print(c)
print(c.most_common(2), c['the'], c['missing'], c.total())
letters = Counter('mississippi')
print(letters, sorted(letters.elements()))
letters.update('sip')
print(letters)
letters.subtract({'s': 10, 'z': 1})
print(letters)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
a += Counter(c=5)
print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2, b=1), Counter() < Counter(x=1))
print(Counter(), Counter({'x': 2, 'y': 5, 'z': 2}))
del c['the']
del c['not-present']
print(len(c), list(c)[:3])
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
