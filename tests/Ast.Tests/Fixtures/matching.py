match command:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 'text':
        pass
    case b'bytes':
        pass
    case 'implicit' 'concat':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case mod.Color.GREEN:
        pass
    case x:
        pass
    case _:
        pass

match point:
    case (0, 0):
        pass
    case [x, 0]:
        pass
    case (x,):
        pass
    case []:
        pass
    case ():
        pass
    case [x, y, *rest]:
        pass
    case [*_, last]:
        pass
    case x, y:
        pass
    case x, *others:
        pass
    case [[a, b], (c, d)]:
        pass

match mapping:
    case {}:
        pass
    case {'key': value}:
        pass
    case {'a': 1, 'b': [x, y], **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, None: _, Color.RED: _}:
        pass
    case {-1: x, 2j: y, 'k' 'v': z}:
        pass

match obj:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(x=Point(y=1)):
        pass
    case int(value) | float(value):
        pass
    case str() as s:
        pass

match value:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as num:
        pass
    case [1, 2] | [3, 4] as seq:
        pass
    case (a as b) | (c as b):
        pass
    case [(a | b) as c, d as e]:
        pass
    case {'k': (1 | 2) as v}:
        pass
    case Point(x=(0 | 1) as x):
        pass
    case x if x > 0:
        pass
    case [x, y] if (x := y):
        pass
    case _ if False:
        pass
    case (x):
        pass
    case ((1 | 2) | 3):
        pass

match (a, b):
    case _:
        pass

match a, b:
    case _:
        pass

match *a, b:
    case _:
        pass

match -a:
    case _:
        pass

match = 1
case = 2
match.attr = match(case)
_ = 3
