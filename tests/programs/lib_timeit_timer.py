import timeit

ticks = iter(range(0, 10 ** 6, 7))


def fake_timer():
    return next(ticks)


t = timeit.Timer('total = sum(values)', 'values = list(range(50))', timer=fake_timer)
print(t.timeit(1000), t.repeat(3, 10))
counter = []
t2 = timeit.Timer(lambda: counter.append(1), timer=fake_timer)
print(t2.timeit(25), len(counter))
work = []
trials = []
print(timeit.Timer(lambda: work.append(1), timer=lambda: len(work) * 0.001).autorange(
    lambda n, taken: trials.append((n, round(taken, 6)))))
print(trials)
print(timeit.timeit('x * 2', setup='x = 21', number=100, timer=lambda: 0.5))
print(timeit.repeat('pass', repeat=2, number=1, timer=lambda: 2.0))
real = timeit.timeit('[i for i in range(10)]', number=200)
print(real > 0, type(real).__name__)
print(timeit.Timer('y + 1', globals={'y': 41}).timeit(5) >= 0)
for bad in (lambda: timeit.Timer(42), lambda: timeit.Timer('pass', setup=3.5), lambda: timeit.Timer('x = ')):
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__ + ':', e.args[0])
print(timeit.main(['--bogus']))
