# \N{NAME} escapes in str patterns (outside and inside classes), and the
# errors for malformed ones and for bytes patterns.
import re

print(re.match(r'\N{LESS-THAN SIGN}', '<'))
print(re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]+', 'a123456'))
print(re.sub(r'\N{EM DASH}', '-', 'a\u2014b'))
print(re.fullmatch(r'x\N{EM DASH}+y', 'x\u2014\u2014y'))
print(re.compile(r'\N{LATIN SMALL LETTER A}', re.I).match('A'))
print(re.findall('[\\N{SPACE}\\N{COMMA}]', 'a, b'))

for p in [r'\N', r'\Nx', r'\N{', r'\N{}', r'\N{LESS', r'\N{NO SUCH NAME}', r'[\N{NOPE}]', r'ab\N{X']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), e.msg, e.pos)
try:
    re.compile(rb'\N{LESS-THAN SIGN}')
except re.error as e:
    print('bytes:', e.msg, e.pos)
