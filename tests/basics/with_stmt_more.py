# with statement protocol details
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v if v is None else type(v).__name__)
        return self.suppress
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', True):
    raise KeyError
print('after suppressed')
try:
    with CM('n'):
        raise ValueError('v')
except ValueError:
    print('propagated')
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with BadExit():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', type(e.__context__).__name__)
with CM('t') as (p):
    pass
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (a, b):
    print(a, b)
