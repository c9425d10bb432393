import bisect


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
values = [1, 3, 3, 3, 7, 10]
print(bisect.bisect_left(values, 3), bisect.bisect_right(values, 3), bisect.bisect(values, 11))
print(bisect.bisect_left(values, 3, 2), bisect.bisect_right(values, 3, 0, 2))
sorted_list = []
for x in [5, 2, 8, 2, 9, 1, 5]:
    bisect.insort(sorted_list, x)
print(sorted_list)
records = [(1, 'one'), (4, 'four'), (9, 'nine')]
bisect.insort(records, (5, 'five'), key=lambda r: r[0])
print(records)
print(bisect.bisect_left(records, 4, key=lambda r: r[0]))
try:
    bisect.bisect_left(values, 3, -1)
except ValueError as e:
    print('ValueError:', e)
