# slice objects: attributes, indices(), equality, use with custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(5), slice(10, 0, -3).indices(7))
try:
    slice(0, 1, 0).indices(5)
except ValueError:
    print('ValueError')
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1) == slice(None, 1))
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:], g[:, 1], g[1:2, ::-1], g[...], g[()], g[1, 2])
print([1, 2, 3, 4][slice(1, 3)], 'abcdef'[slice(None, None, 2)])
try:
    [1][1:2:0]
except ValueError:
    print('ValueError')
try:
    hash(slice(1))
    print('hashable')
except TypeError:
    print('TypeError')
