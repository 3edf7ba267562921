# slice objects
s = slice(1, 5)
print(s.start, s.stop, s.step)
s2 = slice(3)
print(s2.start, s2.stop, s2.step)
s3 = slice(None, None, -1)
l = list(range(6))
print(l[s], l[s2], l[s3], 'hello'[s3])
print(l[slice(0, 6, 2)], l[slice(-2, None)])
class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
k = g[1:2:3]
print(type(k).__name__, k.start, k.stop, k.step)
k = g[::]
print(k.start, k.stop, k.step)
print(g[1:2, 3])
