# Bad replacement templates and group references (type names only).
import re

for t in [r'\g<2>', r'\g<x>', r'\g<', r'\g<a', r'\g', r'\3', '\\', r'\q', r'\g<-1>', r'\g<1a>', r'\777']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, t)
for f in [lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.sub('a', 1, 'a'), lambda: re.match('a', 'a').expand(r'\2'),
          lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a').group('x'), lambda: re.match('(a)', 'a').start(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
