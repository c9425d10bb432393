class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Dog(Animal):
    sound = "woof"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def speak(self):
        base = super(Puppy, self).speak()
        return base.upper()

animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]
for a in animals:
    print(a, a.speak())
print(Puppy.__mro__)
print(isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__bases__, Dog.__base__, Animal.__subclasses__())

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(Base, tag="special"):
    pass
print(Tagged.tag, Base.__dict__.get("tag"))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__)

class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)

class Slotted:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(Slotted().a)

class Desc:
    def __get__(self, obj, owner):
        return "desc:" + (owner.__name__ if obj is None else type(obj).__name__)
    def __set_name__(self, owner, name):
        self.name = name
class UsesDesc:
    d = Desc()
print(UsesDesc.d, UsesDesc().d, UsesDesc.__dict__["d"].name)
