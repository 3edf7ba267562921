# user sequence receiving slice objects for get/set/del
class Seq:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step, self.data[k])
        return ('index', k, self.data[k])
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.data[k]
    def __len__(self):
        return len(self.data)
s = Seq()
print(s[2], s[-1], s[1:4], s[::3], s[:-7:-2], s[None:2])
s[0:2] = ['a', 'b']
s[5] = 'x'
del s[::4]
print(s.data, len(s))
s[1:3] = []
print(s.data)
try:
    s[100]
except IndexError:
    print('IndexError')
x, y, *rest = s
print(x, y, rest)
print(list(s)[:3], 'x' in s, sorted(str(v) for v in s)[:2])
