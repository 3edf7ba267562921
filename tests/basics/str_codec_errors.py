# str.encode / bytes.decode: codecs, error handlers and UnicodeError details
s = 'aé€😀'
for enc in ('utf-8', 'latin-1', 'ascii'):
    for errors in ('replace', 'ignore', 'backslashreplace'):
        print(enc, errors, s.encode(enc, errors))
for enc in ('ascii', 'latin-1'):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
for data in (b'\xff', b'a\xe9b', b'\xe2\x82', b'\xed\xa0\x80', b'\xc0\x80', b'ok\xf0\x9f\x98'):
    print(data.decode('utf-8', 'replace'), data.decode('utf-8', 'ignore'), data.decode('latin-1'),
          data.decode('utf-8', 'backslashreplace'))
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
print(b'\xe9t\xe9'.decode('latin1'), 'été'.encode('iso-8859-1'), b'x'.decode(encoding='UTF8'))
try:
    b'x'.decode('no-such-codec')
except LookupError:
    print('LookupError')
print(str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'\xe9'), 'latin-1'), str(b'\xff', 'ascii', 'replace'))
