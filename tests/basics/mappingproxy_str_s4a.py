import types
m = types.MappingProxyType({'a': 1})
print(m, repr(m), str(m), '%s' % m, f'{m}')
class C: x = 1
print(str(C.__dict__).startswith('{'), repr(C.__dict__).startswith('mappingproxy({'))
