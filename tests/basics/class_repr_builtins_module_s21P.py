# A class whose __module__ is 'builtins' (exec() in a namespace without
# __name__) shows its instances without a module prefix, as CPython does.
g = {}
exec('class A: pass\nclass C(int): pass', g)
print(g['A'].__module__)
print(repr(g['A']), repr(g['C']))
print(repr(g['A']()).split(' at ')[0])


class D:
    pass


for m in ['builtins', None, 5, 'mod']:
    D.__module__ = m
    print(repr(D()).split(' at ')[0])
