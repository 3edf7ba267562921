# Pattern.groupindex is a read-only mapping (mappingproxy), as in CPython.
import re
p = re.compile(r'(?P<a>x)(?P<b>y)')
g = p.groupindex
print(g, repr(g), len(g), g['a'], 'b' in g, list(g), dict(g), g.get('c'))
print(sorted(g.items()), sorted(g.keys()), sorted(g.values()))
try:
    g['a'] = 3
except TypeError:
    print('TypeError')
try:
    del g['a']
except TypeError:
    print('TypeError')
print(p.groupindex['a'], re.compile('a').groupindex, type(g).__name__)
print(p.match('xy').groupdict())
