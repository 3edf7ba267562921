# urllib.parse: a netloc holding a character whose NFKC form contains one of
# '/?#@:' (U+2100 is "a/c") is refused with ValueError, as CPython does
# against host-confusion attacks; unquote_to_bytes() of what is not text
# fails instead of reading bytes(n).
import urllib.parse as up

for u in ['http://h\u2100:x/a', 'http://u\uff20h/', '//\uff0f', 'http://\u00e9x.com/\u2100',
          'x:\u2100', 'http://[::1]\uff1a/', 'http://\ufe6bx/?q=\u2100#\u2100', 'mailto:a\uff20b',
          'http://\u2047', 'http://ex\u00e4mple.com:80/']:
    for f in (up.urlsplit, up.urlparse):
        try:
            print(f(u))
        except ValueError as e:
            print('ValueError', 'NFKC' in str(e))
for x in [1, 5, None, b'%41', b'a%42%', '', b'', 'x%43']:
    try:
        print(up.unquote_to_bytes(x))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
