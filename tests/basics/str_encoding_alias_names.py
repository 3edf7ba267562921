# The encoding names encode() and decode() accept: every alias, in any case,
# with '_' or ' ' for '-'; anything else is a LookupError.
names = ['utf-8', 'utf8', 'u8', 'utf-8-sig', 'utf', 'ascii', 'us-ascii', '646', 'latin-1', 'latin1',
         'latin', 'iso-8859-1', 'iso8859-1', '8859', 'cp819', 'l1', 'iso8859-15', 'iso-8859-15', 'latin9',
         'l9', 'cp437', '437', 'ibm437', 'unicode-escape', 'raw-unicode-escape', 'utf-16', 'utf16', 'u16',
         'utf-16-le', 'utf-16le', 'utf-16-be', 'utf-16be', 'utf-32', 'utf32', 'u32', 'utf-32-le', 'utf-32le',
         'utf-32-be', 'utf-32be']
for n in names:
    for v in (n, n.upper(), n.replace('-', '_'), n.replace('-', ' ').title()):
        b = 'Az~'.encode(v)
        print(repr(v), b, b.decode(v))
for n in ['', 'latin-2', 'utf-8-sig-x', 'x' * 23, 'raw-unicode-escape-x', 'u 8x']:
    for f in (lambda: 'a'.encode(n), lambda: b'a'.decode(n)):
        try:
            print(repr(n), f())
        except LookupError:
            print(repr(n), 'LookupError')
