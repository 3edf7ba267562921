# email.utils address lists as CPython 3.11 reads them, malformed ones too:
# every address that cannot be read, and whitespace after the last comma,
# gives ('', ''); an address whose domain is empty fails; comments join the
# name (twice when a phrase turns out to be an addr-spec). The day name
# before a date must be a whole name ("Mon,20 Nov" is a date, "Monday 20
# Nov" is not).
from email import utils

for fields in [['a@', 'A B <a@b.c>'], [',a@b', 'x <y@z>; w'], ['', '<only@angle>'],
               ['a@b', ''], ['a@b, '], ['g: ;'], ['(just a comment)'], ['a@b,'], [''],
               ['x@y, , z@w'], ['a@b@c'], ['<a@>'], ['a@b.c (Real Name)', 'x@'], [', ']]:
    print(fields, utils.getaddresses(fields))
for s in ['a@', ',a@b', 'a@b', '@b', 'Name <n@>', 'a@ (c)', '', ' ', 'a(c)@b', 'a@b.c (Real Name)',
          ') a<a@b>', '[); ', 'n <a(c)@b>', 'x <@route,@r2:a@b>', 'a@[1.2.3.4]', 'a . b @ c . d',
          '"q\\"x" <y@z>', '(a(b)c) d@e', 'a@b@c', 'n <a@b', '<a@b> tail', 'a\r\n b <c@d>']:
    print(repr(s), utils.parseaddr(s))
for bad in [b'a@b', None]:
    try:
        print(utils.parseaddr(bad))
    except TypeError:
        print('TypeError')

for s in ['Mon,20 Nov 1995 19:12:08 PST', 'Monday 20 Nov 1995 19:12:08 GMT', 'MON, 20 Nov 1995 19:12 +0100',
          'mon 20 Nov 1995 19:12:08 +0100', 'Sun,6 Nov 1994 08:49:37 GMT', 'Tuesday, 1 Jan 2019 00:00 UT']:
    print(s, utils.parsedate_tz(s))
