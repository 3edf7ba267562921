# __getitem__ receives ints, slices, tuples and any other key
class G:
    def __getitem__(self, key):
        return ('got', key)
g = G()
print(g[0], g[-1], g['k'], g[1, 2], g[None])
print(g[1:2], g[::2], g[1:2, 3:4])
print(g[...])
class Bad:
    pass
try:
    Bad()[0]
except TypeError:
    print('TypeError: not subscriptable')
