# argument errors all raise TypeError
def f(a, b=2, *, c, d=4):
    return a, b, c, d
def g(a, /, b):
    return a, b
calls = ['f()', 'f(1)', 'f(1, 2, 3)', 'f(1, c=3, e=5)', 'f(1, a=1, c=3)', 'f(c=3)', 'g(a=1, b=2)', 'g(1)',
         'g(1, 2, 3)', '(lambda: 0)(1)', '(lambda *a: a)(x=1)', 'len()', 'len(1, 2)', 'abs(x=1)', 'int(1, 2, 3)',
         "''.join()", '[].append()', '[].append(1, 2)', 'dict(1, 2)', 'f(1, *[2, 3], c=1)']
for c in calls:
    try:
        print(c, eval(c))
    except TypeError:
        print(c, 'TypeError')
print(f(1, c=3), f(1, 5, c=3, d=7), f(*[1], **{'c': 9}), g(1, b=2), g(1, 2))
def h(a, b=[], *args, **kwargs):
    return a, b, args, sorted(kwargs)
print(h(1), h(1, 2, 3, x=4), h(a=1, b=2, z=3), h(*range(4)))
def k(**kwargs):
    return kwargs
print(k(a=1, **{'b': 2}), k(**{'for': 1}), k())
