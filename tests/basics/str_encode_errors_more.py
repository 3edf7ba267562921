# encode/decode error handling
print('é€'.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode(), 'x'.encode(encoding='utf-8'))
for enc, s in (('ascii', 'é'), ('latin-1', '€')):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', isinstance(e, UnicodeError), isinstance(e, ValueError))
print('aéb'.encode('ascii', 'ignore'), 'aéb'.encode('ascii', 'replace'), 'a€'.encode('latin-1', 'replace'))
print(b'a\xe9b'.decode('latin-1'), b'a\x80b'.decode('ascii', 'ignore'), b'a\x80b'.decode('ascii', 'replace'))
for bad in (b'\xc3', b'\xe2\x82', b'\xff\xfe', b'\xed\xa0\x80', b'\xc0\x80'):
    try:
        bad.decode('utf-8')
        print('decoded?')
    except UnicodeDecodeError:
        print('UnicodeDecodeError', bad)
try:
    'x'.encode('no-such-codec')
except LookupError:
    print('LookupError')
print(str(b'abc', 'utf-8'), str(b'\xff', 'utf-8', 'ignore'), str(bytearray(b'x'), 'ascii'))
print('\U0001f600'.encode('utf-8'), len('\U0001f600'.encode()), b'\xf0\x9f\x98\x80'.decode())
