# codecs: incremental encoders/decoders hold partial sequences across calls
import codecs

src = 'a\xe9\u20ac\U0001f600z'.encode()
for errors in ['strict', 'replace']:
    d = codecs.getincrementaldecoder('utf-8')(errors)
    print([d.decode(src[i:i + 1]) for i in range(len(src))], repr(d.decode(b'', True)))
d = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(d.decode(b'a\xe2\x82')), repr(d.decode(b'', True)), repr(d.decode(b'\xe2(x')))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'a\xe2')), d.getstate())
try:
    d.decode(b'', True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
d.reset()
print(repr(d.decode(b'\xf0\x9f')), repr(d.decode(b'\x98\x80!')))
try:
    d.decode(b'ok\xff')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig',
            'latin-1', 'ascii', 'unicode_escape']:
    text = 'x\xe9\n' if enc in ('latin-1', 'ascii') else 'x\U0001f600\xe9\n'
    if enc == 'ascii':
        text = 'xy\n'
    data = text.encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    print(enc, [d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', True)))
    d = codecs.getincrementaldecoder(enc)()
    print(d.decode(data[:3]) + d.decode(data[3:], True) == text)
    e = codecs.getincrementalencoder(enc)()
    print(e.encode('ab'), e.encode('c'), e.encode('', True))
    e.reset()
    print(e.encode('d'))

# BOM in big-endian order picks the byte order
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe')), repr(d.decode(b'\xff\x00')), repr(d.decode(b'h\x00i')))
print(list(codecs.iterencode(['a', '\xe9', ''], 'utf-16')))
print(list(codecs.iterdecode([b'\xc3', b'\xa9x', b'\xe2\x82', b'\xac'], 'utf-8')))
e = codecs.getincrementalencoder('zlib')()
z = e.encode(b'abc' * 20) + e.encode(b'xyz', True)
d = codecs.getincrementaldecoder('zlib')()
print(d.decode(z[:5]) + d.decode(z[5:], True))
for enc in ['unicode_escape', 'raw_unicode_escape']:
    data = b'a\\\\\\\\b\\u20ac\\x41\\U0001f600\\\\'
    d = codecs.getincrementaldecoder(enc)()
    print(enc, [d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', True)))
d = codecs.getincrementaldecoder('unicode_escape')()
try:
    d.decode(b'\\xzz')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
