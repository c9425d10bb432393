import heapq

tasks = []
for priority, name in [(5, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee'), (4, 'review'), (2, 'design')]:
    heapq.heappush(tasks, (priority, name))
print(tasks)
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heapreplace(data, 10), data)
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nlargest(2, ['pear', 'fig', 'banana', 'kiwi'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['c', 'bb', 'aaa'], ['dd', 'e'], key=len, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
try:
    heapq.heapify((3, 1))
except TypeError as e:
    print('TypeError:', e)
