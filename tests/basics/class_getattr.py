# __getattr__ is called only for missing attributes
class Dyn:
    real = 'real attr'
    def __init__(self):
        self.inst = 'instance attr'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.inst, d.dyn_hello)
try:
    d.other
except AttributeError:
    print('AttributeError')
print(hasattr(d, 'dyn_x'), hasattr(d, 'nope'), getattr(d, 'nope', 'default'))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.index(2))
