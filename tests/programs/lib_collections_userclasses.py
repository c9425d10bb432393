from collections import UserDict, UserList, UserString


class LowerKeys(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Defaulting(UserDict):
    def __missing__(self, key):
        return f'<{key}>'


d = LowerKeys({'A': 1}, B=2)
d['C'] = 3
print(d, len(d), 'a' in d, d.get('z', 0), sorted(d.keys()), d.keys())
print(Defaulting(x=1)['y'], d.pop('a'), d.setdefault('q', 9), d)
print(d | {'r': 1}, d == {'b': 2, 'c': 3, 'q': 9})


class Stack(UserList):
    def push(self, item):
        self.append(item)


s = Stack([1, 2])
s.push(3)
s += [4]
print(s, s[1:], type(s[1:]).__name__, s.pop(), s * 2, [0] + s, s == [1, 2, 3])
s.sort(reverse=True)
print(s, s.index(2), s.count(1))


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


w = Shout('hello world')
print(w.shout(), type(w.shout()).__name__, w.title(), w.split(), w.find('world'), w[0:5], 'lo' in w)
print(w + '?', '>' + w, w.replace('l', 'L', 2), w.count('o'), w.startswith('he'), len(w))
try:
    UserDict()['missing']
except KeyError as e:
    print('KeyError:', e)
