class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Resource("a") as r:
    print("inside", r.name)
with Resource("outer"), Resource("inner") as i:
    print("nested", i.name)
with Resource("swallower", swallow=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Resource("leaky"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
def early():
    with Resource("ret"):
        return "returned"
print(early())
for k in range(2):
    with Resource(f"loop{k}"):
        if k == 0:
            continue
        print("body", k)

