import random

for seed in (0, 42, 2 ** 40 + 7, 'fatsharp', b'bytes', 3.75):
    r = random.Random(seed)
    print(repr(seed), [round(r.random(), 12) for _ in range(3)], r.randrange(100), r.randint(1, 6),
          r.getrandbits(40), r.choice('abcdefg'))

r = random.Random(2024)
deck = list(range(1, 21))
r.shuffle(deck)
print(deck)
print(r.sample(range(1000), 8), r.sample('abcdefgh', 3))
print(r.sample(['red', 'blue'], 4, counts=[3, 2]))
print(r.choices(['x', 'y', 'z'], k=6), r.choices('abc', weights=[10, 1, 1], k=6))
print(round(r.uniform(5, 10), 10), round(r.gauss(0, 1), 10), round(r.normalvariate(10, 2), 10))
print(round(r.expovariate(0.5), 10), round(r.triangular(0, 1, 0.2), 10), r.randrange(0, 100, 5), r.randrange(10, 0, -2))
print(r.randbytes(6))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
random.seed(12345)
print(random.random(), random.randint(1, 1000), random.choice(['a', 'b', 'c']))
for bad in (lambda: r.randrange(0), lambda: r.randint(3, 1), lambda: r.choice([]), lambda: r.sample([1, 2], 3),
            lambda: r.sample({1, 2}, 1), lambda: r.choices('ab', [1]), lambda: r.getrandbits(-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
