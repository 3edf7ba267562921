# __slots__ items may be instances of a str subclass.
class SubStr(str): pass
class X(object):
    __slots__ = [SubStr('a'), 'b']
x = X(); x.a = 1; x.b = 2; print(x.a, x.b, X.__slots__)
try: x.c = 3
except AttributeError: print('AE')
