# Annotations on functions, variables and classes (evaluated eagerly in 3.11).
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f(1))
x: int = 5
y: "forward"
print(__annotations__, x, "y" in globals())
class C:
    field: int
    other: str = "default"
    def method(self) -> None:
        pass
print(C.__annotations__, C.other, hasattr(C, "field"), C.method.__annotations__)
def no_annotations():
    pass
print(no_annotations.__annotations__)
order = []
def ann(tag):
    order.append(tag)
    return tag
def g(p: ann("p"), q: ann("q") = ann("default")) -> ann("ret"):
    pass
print(order, g.__annotations__)
def local_annotation():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return "annotated local without value is unbound"
print(local_annotation())
lst = [0]
lst[0]: int = 9
print(lst)
class D:
    a: list[int] = []
    b: dict[str, int]
print(D.__annotations__)
f.__annotations__["extra"] = 1
print(sorted(f.__annotations__))
