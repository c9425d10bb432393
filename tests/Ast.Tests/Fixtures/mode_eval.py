[x ** 2 for x in range(10) if x % 3] + [lambda: (yield_ := 1)]
