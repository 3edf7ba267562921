# mappingproxy as the right operand of | and under reversed()
import types
from collections import OrderedDict
m = types.MappingProxyType({'a': 1, 'b': 2})
print({'z': 0} | m, type({'z': 0} | m))
print(m | {'c': 3})
print(OrderedDict(x=1) | m)
print(list(reversed(m)))
try:
    [1] | m
except TypeError as e:
    print('TypeError', e)
