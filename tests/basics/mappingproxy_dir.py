# dir() of a mappingproxy lists the mapping methods it offers.
import types

mp = types.MappingProxyType({'a': 1})
names = dir(mp)
print([n for n in names if not n.startswith('_')])
for n in ['__contains__', '__getitem__', '__iter__', '__len__', '__or__', '__reversed__']:
    print(n, n in names)


class C:
    x = 1


print([n for n in dir(C.__dict__) if not n.startswith('_')])
print(mp.keys(), mp.get('a'), mp.copy())
