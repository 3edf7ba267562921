# ** unpacking in calls
def f(**kw):
    return sorted(kw.items())
print(f(**{'a': 1}), f(**{}), f(x=0, **{'y': 1}, z=2))
print(f(**{'a': 1}, **{'b': 2}))
def g(a, b=0, *, c=5):
    return (a, b, c)
print(g(**{'a': 1, 'c': 3}), g(1, **{'b': 2}))
print(g(*[7], **{'c': 8}))
try:
    f(**{'a': 1}, a=2)
except TypeError:
    print('TypeError dup')
try:
    g(**{'zz': 1, 'a': 1})
except TypeError:
    print('TypeError unexpected')
