def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            print('fin', i)
    return i
print(g())
def h():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e:
            return repr(e.__context__)
print(h())
try:
    try:
        raise KeyError(1)
    finally:
        print('cleanup')
except KeyError as e:
    print('caught', e, e.args)
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print('NameError: e deleted')
x = [1, 2, 3, 4, 5]
a, *b, c = x; print(a, b, c)
*a, = 'ab'; print(a)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
print((y := 5) + y, [z for z in range(3) if (w := z) > 0], w)
def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 3, 'f': 7}))
def po(a, b, /, c): return a, b, c
print(po(1, 2, c=3))
try:
    po(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError posonly')
try:
    kw(1, 2, c=3, a=5)
except TypeError as e:
    print('TypeError multiple')
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
G = 1
def gl():
    global G
    G += 1
gl(); print(G)
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3, 1 == 1.0 == True, 'a' < 'b' > 'a', None is None is not False)
print(not 1, not [], [] or 'x', 0 and 1, '' or 0 or None, 3 and 4)
print([i * j for i in range(3) for j in range(i)], {i % 3 for i in range(10)}, {i: i * i for i in range(3)}, list(x for x in 'ab'))
print(f'{1 + 1}', f'{"nested {}"}', f'{3!r:>4}', f'{"a"!a}', f"{'q'}{{}}", f'{3.0:g}', f'{[1, 2][0]}', f'{ {"k": 1}["k"] }', f'{2 * 3=}', f'{x[0]=!r:>5}')
s = 'abc'
print(f'{s!s:*^9}', f'{s:{len(s) * 2}}|', f'{12:{"0"}{4}}', f'{0.5:{"."}{"2"}%}')
print(type(...), ... is Ellipsis, repr(NotImplemented), bool(NotImplemented))
print(int.__name__, (1).__class__, type(None)(), [].__class__.__name__)
class A:
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return 'gt'
print(A() == 1, 1 == A(), A() < A(), sorted([3, 1]) == [1, 3])
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, -7 / 2, 2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 / 4, 10 // 4.0, (-8) ** (1/3) == (-8) ** (1/3))
print(0.1 + 0.2, 1e16 + 1, 2**53 + 1.0, float(2**53 + 1), int(1e20), 1/3, 1e-7, 1e16, 123456789012345680.0, -0.0, 0.0 == -0.0)
print(isinstance(True, int), True == 1, str(True), repr(False), int('1') + True, sum([True, True, False]))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])), list(zip('ab', range(5))), list(filter(None, [0, 1, '', 'a'])), list(enumerate('xy', 5)))
print(any([]), all([]), max([1, 3, 2]), min(4, 2, 3), max([], default=7), min('b', 'a', key=str.upper), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 3))
print(abs(-5), abs(-2.5), abs(True), round(-0.5), round(0.5), round(1.5), chr(0x1f600) == '\U0001f600', ord('€'), hex(-255), oct(8), bin(-5), hex(2**70))
print(isinstance([], (list, tuple)), callable(len), callable(1), getattr(1, 'real'), getattr(1, 'nope', 'dflt'), hasattr([], 'append'), id(1) == id(1))
print(repr(range(0, 10, 2)), range(10)[2:8:2], len(range(-5, 5, 3)), 4 in range(0, 10, 2), range(3) == range(0, 3), list(range(10, 0, -3)), range(5).index(3), range(10).count(2))
