from collections import deque

d = deque('ghi')
d.append('j')
d.appendleft('f')
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend('jkl')
d.extendleft('abc')
print(d)
d.rotate(1)
print(d)
d.rotate(-3)
print(d)
print(d.index('h'), d.count('k'), 'z' in d)
d.remove('h')
d.reverse()
d.insert(2, 'X')
print(d, list(reversed(d)))
last = deque(maxlen=3)
for i in range(6):
    last.append(i)
    print(last)
last.appendleft(-1)
print(last, last.maxlen)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 7]:
    window.append(x)
    sums.append(sum(window))
print(sums)
for bad in (lambda: deque().pop(), lambda: deque('ab').index('z'), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque(maxlen=-2), lambda: deque('ab')[7]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
