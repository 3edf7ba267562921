# match: a failed pattern or alternative leaves no partial bindings; names are
# stored (in the first alternative's order) only once the whole pattern matched
class P:
    __match_args__ = ('x', 'y')
    def __init__(s, x, y): s.x = x; s.y = y

def t1(v):
    x = y = 'unset'
    match v:
        case [x, 1] | [1, x]:
            print('A', x)
        case _:
            print('no', x)
for v in ([5, 1], [1, 7], [2, 2], [1, 1]):
    t1(v)

def t2(v):
    a = 'u'
    match v:
        case P(x=a, y=0) | P(x=0, y=a):
            print('P', a)
        case _:
            print('noP', a)
for v in (P(3, 0), P(0, 4), P(1, 1)):
    t2(v)

def t3(v):
    k = 'u'
    match v:
        case {'a': k, 'b': 1} | {'b': k, 'c': 2}:
            print('M', k)
        case _:
            print('noM', k)
for v in ({'a': 1, 'b': 1}, {'a': 5, 'b': 9, 'c': 2}, {'a': 3, 'b': 2}):
    t3(v)

def t4(v):
    z = 'u'
    match v:
        case (z, 1) | (1, z) if z > 3:
            print('G', z)
        case _:
            print('noG', z)
for v in ((5, 1), (1, 2), (2, 1), (1, 9)):
    t4(v)

def t5(v):
    q = r = 'u'
    match v:
        case [q, [r, 1]] | [r, [q, 2]]:
            print('N', q, r)
        case _:
            print('noN', q, r)
for v in ([1, [2, 1]], [1, [2, 2]], [1, [2, 3]], [1, 2]):
    t5(v)

def t6(v):
    w = 'u'
    match v:
        case ([w, 1] as whole) | ([1, w] as whole):
            print('AS', w, whole)
        case _:
            print('noAS', w)
for v in ([3, 1], [1, 4], [3, 3]):
    t6(v)

# module-level
x = 'g'
match [9, 5]:
    case [x, 1] | [1, x]:
        print('mod', x)
    case _:
        print('modno', x)
# star patterns
def t7(v):
    s = 'u'
    match v:
        case [*s, 1] | [1, *s]:
            print('S', s)
        case _:
            print('noS', s)
for v in ([3, 4, 1], [1, 4, 5], [2, 3]):
    t7(v)
x = 'u'
match [2, 2]:
    case [x, 1]:
        pass
print(x)
y = 'u'
match {'a': 1}:
    case {'a': y, 'b': 2}:
        pass
print(y)
def t(v):
    x = y = z = 'u'
    match v:
        case ([x, y, 0] as z) | ([y, x, 1] as z) | {'k': [y, ((0 as x) | (1 as x))], **z} if y != 9:
            print('A', x, y, z)
        case [(1 as x) | (2 as x), [y, 3] | [3, y]]:
            print('B', x, y)
        case {'a': x, **rest}:
            print('C', x, rest)
        case _:
            print('no', x, y, z)
for v in ([1, 2, 0], [1, 2, 1], [1, 2, 2], {'k': [5, 1], 'o': 1}, {'k': [9, 0]}, {'k': [5, 6]}, [2, [7, 3]], [1, [3, 8]], [3, [3, 8]], {'a': 4, 'b': 5}):
    t(v)

class K:
    match [1, 2]:
        case [a, b] | [b, a, _]:
            pass
print([k for k in K.__dict__ if not k.startswith('__')])
g = 1
match {'q': 1, 'r': 2}:
    case {'r': rr, 'q': qq}:
        print(rr, qq)
print([k for k in globals() if k in ('rr', 'qq')])
def deep(v):
    match v:
        case [[[a, 1] | [1, a]] | [a, [2, 2]], b] | [b, a, [_]] if False:
            pass
        case [[a, 1] | [1, a] | [a, 2, 2], b]:
            return a, b
        case [[[x]]]:
            return x
for v in ([[5, 1], 7], [[1, 6], 7], [[4, 2, 2], 8], [[[3]]], [[[3], 4]]):
    print(deep(v))
