# __getattribute__/__setattr__/__delattr__ of a mixin after a built-in base:
# every built-in has its own __getattribute__ (the mixin's is not asked),
# exceptions and type also __setattr__/__delattr__, list or int do not.
L = []
class C7:
    def __getattribute__(self, a):
        L.append(('gab', a))
        return object.__getattribute__(self, a)
    def __setattr__(self, a, v):
        L.append(('sa', a))
        object.__setattr__(self, a, v)
    def __delattr__(self, a):
        L.append(('da', a))
        object.__delattr__(self, a)
for base in (list, int, dict, Exception, KeyError, str, tuple):
    C0 = type('C0', (base, C7), {})
    o = C0()
    o.x = 1
    o.x
    del o.x
    isinstance(o, C0)
    print(base.__name__, L)
    L.clear()
for base in (list, Exception):
    C1 = type('C1', (C7, base), {})
    o = C1()
    o.y = 2
    o.y
    del o.y
    print('first', base.__name__, L)
    L.clear()
class MM:
    def __setattr__(cls, a, v):
        L.append(('MM.sa', a))
        type.__setattr__(cls, a, v)
    def __getattribute__(cls, a):
        L.append(('MM.gab', a))
        return type.__getattribute__(cls, a)
class Meta(type, MM): pass
class K(metaclass=Meta): pass
K.z = 1
K.z
print('meta', L)
