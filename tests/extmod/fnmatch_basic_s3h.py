# fnmatch: wildcards, bracket sets, filter, bytes (translate's text differs from CPython, only its behaviour is checked)
import fnmatch
names = ['a.py', 'b.txt', '.hidden', 'abc', 'a]b', 'a-b', 'a!b', 'x\ny', 'A.PY', 'a[b', '[', ']', 'a\\b', 'z', '-', '^', 'a.b.c']
pats = ['*', '*.py', '?', '???', 'a*', '[ab]*', '[!ab]*', '[]]', '[!]]', '[a-c]*', '[c-a]', '[!c-a]', '[a-]b', 'a[-]b',
        'a[!-]b', '[', 'a[b', '[]', '[!]', 'a\\b', 'a[\\]b', '*.*.*', '**', 'x?y', '[^]', '[--0]', '[a-b-c]', 'a*b*c', '.*', '*[.]py']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('a.py', '*.py'))
print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
import re
for p in ['*.py', 'a?[bc]', '[!x]']:
    print(bool(re.match(fnmatch.translate(p), 'a.py')))
try:
    fnmatch.fnmatch('abc', b'a*')
except TypeError as e:
    print('TypeError')
