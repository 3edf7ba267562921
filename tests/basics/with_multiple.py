# several context managers in one with statement exit in reverse order
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *args):
        print('exit', self.name, args[0] is None)
with CM('a') as a, CM('b') as b, CM('c'):
    print('body', a, b)
try:
    with CM('x') as x, CM('y') as y:
        raise ValueError
except ValueError:
    print('ValueError propagated')
