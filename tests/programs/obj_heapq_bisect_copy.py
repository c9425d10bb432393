# heapq, bisect and copy modules.
import heapq, bisect, copy
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4], [2, 3])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "alpha")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
s = [1, 3, 3, 5, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect_right(s, 100))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s, bisect.bisect_left(s, 5, lo=2, hi=4))
grades = [bisect.bisect([60, 70, 80, 90], sc) for sc in (55, 60, 75, 99)]
print(["FDCBA"[g] for g in grades])
print(bisect.bisect_left([("a", 1), ("c", 2)], ("b", 0)), bisect.bisect([1, 2, 3], 2, key=None) if True else 0)
orig = {"list": [1, [2, 3]], "tuple": (1, [2])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["tuple"][1].append(5)
print(sh["list"], dp["list"], sh["tuple"], dp["tuple"], sh is orig, sh["list"] is orig["list"], dp["list"] is orig["list"])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children.append(n)
d = copy.deepcopy(n)
print(d.v, d.children[0].v, d.children[1] is d, d is not n)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep copied"]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)))
lst = [[0]] * 2
dl = copy.deepcopy(lst)
print(dl[0] is dl[1], copy.deepcopy([1, {2: [3]}]))
