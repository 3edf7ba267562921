# * and ** unpacking in set and dict displays
a = [3, 1, 2]
print(sorted({*a, 4, *(1, 5)}))
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'w': 0, **d1, 'x': 100})
print({**{}}, {**dict(a=1)})
