# with-statement corners: several managers, suppression, return/break/continue
class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *a):
        print('exit', self.name, a[0].__name__ if a[0] else None)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('a', True), CM('b'):
    raise ValueError
print('after')
def f():
    with CM('r'):
        return 'ret'
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop', i)
def g():
    with CM('s', True):
        1/0
    return 'ok'
print(g())
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class EnterFails:
    def __enter__(self): raise KeyError('e')
    def __exit__(self, *a): print('never')
try:
    with EnterFails(): print('no')
except KeyError as e:
    print('enter failed', e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
