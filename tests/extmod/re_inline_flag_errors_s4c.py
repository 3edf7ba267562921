# Errors (message and position) of malformed inline flags, as CPython 3.11.
import re
for p in ['(?-', '(?-+', '(?-z', '(?-i', '(?-i)', '(?-i+', '(?-iz', '(?i:', '(?i', '(?i+', '(?iz', '(?i-i:a)', '(?a)(?-a:\\w)', '(?au:a)', '(?i-', '(?-\xe9', '(?i\xe9)']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), e.msg, e.pos)
