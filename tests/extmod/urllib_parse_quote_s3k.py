# urllib.parse: quote/unquote families, urlencode, parse_qs/parse_qsl
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl)

for s in ['', 'abc', 'a b/c~d_e.f-g', 'é€😀', '/path with/space?&=#', "!*'();:@&=+$,/?#[]"]:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote(s, safe='/:?&')),
          repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote('é', encoding='latin-1'), quote('a€', encoding='ascii', errors='replace'))
print(quote(b'a b\xff'), quote_plus(b'a b+'), quote_plus(b'a b', safe=b'/'), quote(bytearray(b'x y')))
print(quote_from_bytes(b'a/b c', safe=b'/'), quote_from_bytes(b'a/b', ''), repr(quote_from_bytes(b'')))
print(quote('abc', safe='é'), quote('a+b c', safe='+'))
for bad in [(lambda: quote(b'x', encoding='utf-8')), (lambda: quote(b'x', errors='strict')),
            (lambda: quote_from_bytes('x')), (lambda: quote(5))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    quote('€', encoding='latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError')

for s in ['', 'abc', '%41%42', '%zz%4', '%', 'a%2', '%C3%A9%e2%82%ac', '%ff%FEx', 'é%41',
          'a+b%20c', '%E9', '%%41', '%4G%41']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)))
print(unquote('%E9', encoding='latin-1'), repr(unquote('%ff', errors='ignore')))
print(unquote(b'%41%e9'), unquote_to_bytes(b'a%41'), unquote_to_bytes('é%41'))
try:
    unquote('%ff', errors='strict')
except UnicodeDecodeError:
    print('UnicodeDecodeError')

# urlencode
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(urlencode([('a', 1), ('a', 2), (b'k', b'v w')]))
print(urlencode({'l': [1, 2], 't': ('x', 'y'), 's': 'str', 'n': 5}, doseq=True))
print(urlencode({'l': [1, 2]}), urlencode({'b': [b'a b', 'c']}, doseq=True))
print(urlencode({'p': '/a b'}, safe='/'), urlencode({'p': '/a b'}, quote_via=quote))
print(urlencode({'e': 'é'}, encoding='latin-1'), urlencode([]), urlencode({}))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e)

# parse_qs / parse_qsl
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1&&b=2', '', 'x=a+b%20c&y=%E9', '=v', 'a=b=c', 'k;v=1']:
    print(repr(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q),
          parse_qs(q, keep_blank_values=True))
print(parse_qsl(b'a=1&b=%41+b'), parse_qs(b'a=1&a=2'))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1;b=2', separator=b';'))
print(parse_qsl('x=%E9', encoding='latin-1'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator=''),
           dict(separator=None)]:
    for q in ['a=1&b', 'a=1&&b=2', 'a=1&b=2']:
        try:
            print(q, kw, parse_qsl(q, **kw))
        except ValueError as e:
            print(q, kw, 'ValueError', e)
print(parse_qsl('a=1', max_num_fields=1), parse_qs('a=1&a=2', max_num_fields=2))
