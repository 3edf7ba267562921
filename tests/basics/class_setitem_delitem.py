# __setitem__ and __delitem__
class Store:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print('set', k, v)
        if isinstance(k, slice):
            k = (k.start, k.stop)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __getitem__(self, k):
        return self.d[k]
s = Store()
s['a'] = 1
s[1:3] = 'slice'
s['a'] += 5
print(s['a'])
del s['a']
print(s.d)
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError:
    print('TypeError: no item assignment')
try:
    del ReadOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
