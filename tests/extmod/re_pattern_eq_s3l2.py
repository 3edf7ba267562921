# Pattern equality/hash and early template checks (s3 conformance sweep)
import re
p1 = re.compile('abc', re.I)
re.purge()
p2 = re.compile('abc', re.I)
print(p1 == p2, hash(p1) == hash(p2), p1 != p2, p1 == re.compile('abc'), p1 == re.compile('XYZ', re.I))
print(re.compile(b'abc') == re.compile('abc'), re.compile(b'abc') == re.compile(b'abc'), p1 == 'abc')
try: p1 < p2
except TypeError: print('TypeError')
print(len({p1, p2}))
for t in [r'\8', r'\g<1>', r'\q']:
    try: print(repr(re.sub('x', t, '')))
    except Exception as e: print(type(e).__name__, e)
