# non-data descriptors (only __get__) can be shadowed by instance attributes
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return 'computed'
d = Data()
print(d.expensive, d.expensive, Data.calls)
print(type(Data.expensive).__name__)
class Const:
    def __get__(self, obj, cls):
        return 7
class K:
    c = Const()
k = K()
print(k.c, K.c)
k.c = 'shadow'
print(k.c, K.c)
