# The 'unicode-escape' and 'raw-unicode-escape' codecs.
texts = ['abc', 'a\nb\t\r\\\'"', '\x00\x1b\x7f\x80\xff', '\u0100\uffff', '\U0001f600', '\xe9', 'x\\y', '\ud800']
for s in texts:
    for enc in ['unicode-escape', 'raw-unicode-escape', 'unicode_escape', 'Raw_Unicode_Escape']:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)

data = [b'\\n\\t\\x41\\u0042\\U00000043\\101\\a\\b\\f\\v\\0x', b'a\\\nb', b'\\q\\8', b'\xe9\\u00e9', b'\\777',
    b'\\N{LATIN SMALL LETTER A}', b'\\\\u0041\\\\\\u0041',
    b'\\x4g', b'ab\\x', b'\\xg', b'\\u12', b'\\U0011000', b'\\U00110000', b'\\N{FOO}', b'\\N{', b'\\N{}',
    b'\\Nx', b'\\N{abc', b'x\\']
for b in data:
    for enc in ['unicode-escape', 'raw-unicode-escape']:
        try:
            print(enc, b, ascii(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, b, 'UnicodeDecodeError', e.encoding, e.start, e.end, e.reason)

for b in [b'\\x4g', b'\\N{FOO}z', b'a\\u12zb']:
    for err in ['replace', 'ignore', 'backslashreplace']:
        print(b, err, ascii(b.decode('unicode-escape', err)))
print(ascii(b'\\U00110000'.decode('raw-unicode-escape', 'replace')))
print(ascii(str(b'\\t\\u20ac', 'unicode_escape')), bytes('\u20ac\n', 'Unicode-Escape'))
