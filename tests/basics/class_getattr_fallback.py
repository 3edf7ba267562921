# __getattr__ only called after normal lookup fails, __getattribute__ always
class A:
    y = 'class'
    def __init__(self):
        self.x = 'inst'
    def __getattr__(self, name):
        if name.startswith('no'):
            raise AttributeError(name)
        return 'ga:' + name
a = A()
print(a.x, a.y, a.zz, getattr(a, 'q'), hasattr(a, 'nope'), getattr(a, 'nope', 'dflt'))
class B:
    def __getattribute__(self, name):
        if name == 'special':
            return 'sp'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
    def meth(self):
        return 'meth'
b = B()
print(b.special, b.meth(), b.other)
class P:
    @property
    def bad(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'getattr:' + name
print(P().bad)
try:
    object().foo
except AttributeError:
    print('AttributeError')
