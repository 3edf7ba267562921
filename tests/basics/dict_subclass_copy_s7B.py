# Copying a dict subclass: if it keeps dict's own __iter__, its stored items
# are copied as they are (keys() and __getitem__ are not called); a
# subclass with its own __iter__ is read through keys() and __getitem__.
class G(dict):
    def __getitem__(s, k):
        return 'G'

class K(dict):
    def keys(s):
        print('keys called')
        return ['a']
    def __getitem__(s, k):
        return 'K'

class I(dict):
    def __iter__(s):
        print('iter called')
        return iter(['a'])
    def __getitem__(s, k):
        return 'I'

class I2(I):
    pass

def f(**kw):
    return sorted(kw.items())

for C in (G, K, I, I2):
    x = C(a=1)
    print(C.__name__, dict(x), {**x}, {'z': 0, **x}, f(**x))
    d = {}
    d.update(x)
    print(d)
    d = {'b': 2}
    d.update(x)
    print(d)
    print(dict(x, z=3), {'y': 4} | x)
    try:
        f(a=5, **x)
    except TypeError as e:
        print('TypeError', e)

# an empty dict subclass, and one updated from itself
e = G()
print(dict(e), {**e})
s = G(a=1)
s.update(s)
print(dict.__repr__(s))
