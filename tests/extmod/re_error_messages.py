# The text, msg and pos of re.error for malformed patterns and replacement
# templates (the messages are stored compressed, as all error messages are).
import re

bad = ['(', ')', '[a', 'a**', '*', '+a', '?', r'\q', r'\xz', r'\u12', '(?P<1>x)', '(?P<a>x)(?P<a>y)',
       '(?P=nope)', 'a{3,2}', '(?<=a+)b', '(?<=a|bc)d', '(?', '(?Q)', '(?<x)', '(?P', '(?Px)', r'(a)\2',
       r'(a\1)', '[b-a]', r'[\d-z]', 'x|(?i)a', '(?i', '(?-i)a', 'a\\', r'\400',
       '(?#unterminated', '(?P<>x)', '(?P<a', '(?a)(?u)x', '(?au)x', '(?-a:x)', '(?i-i:x)', r'\N',
       r'\N{', r'\N{LATIN', '(?P=', '(?P=a', '(?(', '(?(1', '(?x', '(?:a', 'a(?i)b', '(?<=(?P<a>x)(?P=a))',
       'a\n(b']
for p in bad:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', str(e), '|', e.msg, e.pos)
    except ValueError as e:
        print(repr(p), '-> ValueError', e)

for p in [b'(?u)x', b'(?L:x)']:
    try:
        re.compile(p)
        print('compiled', p)
    except re.error as e:
        print(p, '->', e.msg, e.pos)
try:
    re.compile('(?L)x')
except (re.error, ValueError) as e:
    print(type(e).__name__, e)

for templ in ['\\g', '\\g<', '\\g<a', '\\g<>', '\\g<9>', '\\', '\\9', '\\g<x>']:
    try:
        print(re.sub('(?P<a>a)', templ, 'xay'))
    except (re.error, IndexError) as e:
        print(repr(templ), '->', type(e).__name__, e)
