# unhashable built-in types expose __hash__ = None in their type dict
print(type({}.keys()).__dict__.get('__hash__', 'absent'), slice.__dict__['__hash__'])
print(type({}.items()).__dict__.get('__hash__', 'absent'))
print(list.__dict__['__hash__'], dict.__dict__['__hash__'], set.__dict__['__hash__'])
for o in ({}.keys(), {}.items(), slice(1)):
    try:
        hash(o)
    except TypeError:
        print('TypeError', type(o).__name__)
d = {1: 2, 3: 4}
print(sorted(d.items() & {(1, 2)}), sorted(d.items() | {(5, 6)}), sorted(d.keys() - {1}))
print(type(d.items()).__and__(d.items(), {(3, 4)}))
def f(x): return x * 2
print(f.__call__.__call__(5), f.__call__.__call__.__call__(6))
