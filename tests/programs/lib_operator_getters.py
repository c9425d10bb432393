import operator
from operator import itemgetter, attrgetter, methodcaller


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = type('Address', (), {'city': city})()

    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'


people = [Person('ann', 31, 'Oslo'), Person('bob', 25, 'Rome'), Person('cy', 31, 'Bern')]
print([p.name for p in sorted(people, key=attrgetter('age', 'name'))])
print(attrgetter('address.city')(people[0]), attrgetter('name', 'address.city')(people[1]))
print(repr(attrgetter('name', 'address.city')))
rows = [('b', 2, 9.5), ('a', 2, 1.5), ('c', 1, 3.0)]
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(2)(rows[0]), itemgetter(0, 2)(rows[1]), itemgetter(slice(1, None))('hello'))
print(repr(itemgetter(1)), repr(itemgetter('k', 0)))
print(methodcaller('greet', 'Hi')(people[0]), methodcaller('greet', 'Yo', punct='?')(people[1]))
print(repr(methodcaller('greet', 'Hi', punct='.')))
print([f(7, 2) for f in (operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
                          operator.mod, operator.pow, operator.lshift, operator.rshift, operator.and_,
                          operator.or_, operator.xor)])
print([f(3, 4) for f in (operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt)])
print(operator.neg(5), operator.pos(-2), operator.inv(6), operator.not_([]), operator.truth('x'), operator.index(9))
print(operator.concat('ab', 'cd'), operator.contains([1, 2], 2), operator.countOf('banana', 'a'), operator.indexOf('banana', 'n'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.length_hint(iter(range(7))))
acc = [1]
print(operator.iadd(acc, [2]), acc, operator.iadd(5, 1), operator.__add__(1, 2), operator.__not__(0))
for bad in (lambda: itemgetter(), lambda: attrgetter(3), lambda: methodcaller(), lambda: operator.index(2.0),
            lambda: operator.indexOf([1], 5), lambda: operator.concat(1, 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
