# What __len__ and __length_hint__ may return, as in CPython: __len__ takes
# any object with __index__ (bool, int subclasses too); for a size hint
# (list(), tuple(), f(*x), bytes()) a TypeError from either only means "no
# hint", NotImplemented means none, a bool or int subclass is an int, and
# other errors (KeyError, negative, too big) propagate.
import warnings
warnings.simplefilter('ignore')

def raise_(e):
    raise e

def f(*a):
    return a

class I(int):
    pass

class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def t(fn):
    try:
        return fn()
    except Exception as e:
        return type(e).__name__

for ret in ['True', 'False', 'I(3)', 'Ix(2)', 'Ix(-1)', 'Ix("x")', 'raise_(TypeError)',
        'raise_(KeyError)', '2**70', '-1', '"x"', 'None', 'NotImplemented', '1.5']:
    class H:
        def __length_hint__(self):
            return eval(ret)
        def __iter__(self):
            return iter([1, 2])
    class N:
        def __len__(self):
            return eval(ret)
        def __iter__(self):
            return iter([1, 2])
    for C in [H, N]:
        o = C()
        print(ret, C.__name__, t(lambda: list(o)), t(lambda: tuple(o)), t(lambda: f(*o)),
            t(lambda: bytes(o)), t(lambda: len(o)), t(lambda: bool(o)))
