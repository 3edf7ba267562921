# email.utils: date formatting/parsing with fixed times, and addresses.
import datetime
from email import utils

t = 1700000000
print(utils.formatdate(t), utils.formatdate(t, usegmt=True), utils.formatdate(0))
utc = datetime.timezone.utc
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=utc), usegmt=True))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9)))
tz = datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))
print(utils.format_datetime(datetime.datetime(2001, 12, 3, 1, 2, 3, tzinfo=tz)))
try:
    utils.format_datetime(datetime.datetime(2024, 1, 1), usegmt=True)
except ValueError:
    print('ValueError')
print(len(utils.formatdate(t, localtime=True)))

for s in ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 1995 19:12:08 GMT', 'Tue, 1 Jan 2019 00:00:00 +0000',
          'Wed, 02 Oct 02 08:00:00 EST', 'Thu, 3 Jan 99 1:2 PDT', 'Fri, 17 Mar 2023 10:00:00 -0000',
          'Sunday, 06-Nov-94 08:49:37 GMT', '06 November 1994 08:49:37', 'Nov 6 1994 08:49:37 +0130',
          'bogus', '', '1 Xyz 2000 00:00:00', 'Mon, 20 Nov 1995']:
    print(repr(s), utils.parsedate_tz(s), utils.parsedate(s))
print(utils.mktime_tz(utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
print(utils.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500'))
print(utils.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0000'))
try:
    utils.parsedate_to_datetime('junk')
except ValueError:
    print('ValueError')

for a in ['foo@example.com', 'Foo Bar <foo@example.com>', '"Bar, Foo" <foo@example.com>',
          'foo@example.com (Foo Bar)', '<foo@example.com>', '"q\\"uote" <a@b.c>', 'x', '',
          'Name (comment) <a@b>', '"a b"@example.com', 'a . b @ example . com', 'a@b@c',
          '<@r:user@host>', 'x <a@b@c>', 'Undisclosed:;', 'J. Smith <js@x.org>']:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(['a@b, "C D" <c@d>', 'group: e@f, g@h;, i@j']))
print(utils.formataddr(('Foo Bar', 'foo@example.com')), utils.formataddr(('', 'a@b')))
print(utils.formataddr(('Bar, Foo', 'a@b')), utils.formataddr(('q"x', 'a@b')), utils.formataddr(('café', 'a@b')))
print(utils.quote('a"b\\c'), utils.unquote('"a\\"b"'), utils.unquote('<x@y>'), utils.unquote('plain'))
mid = utils.make_msgid('tag', domain='example.com')
print(mid.startswith('<'), mid.endswith('.tag@example.com>'), mid.count('.'))
print(utils.collapse_rfc2231_value(('utf-8', 'en', 'caf\xc3\xa9')), utils.collapse_rfc2231_value('"x"'))
print(utils.decode_rfc2231("utf-8''a%20b"), utils.encode_rfc2231('a b', 'utf-8'))
print(utils.localtime(datetime.datetime(2020, 5, 6, 7, 8, 9)).replace(tzinfo=None))
print(utils.localtime().tzinfo is not None)
