# base64: base64/base32/base16 encoders and decoders, errors as CPython
import base64
import binascii


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)),
           b'\xfb\xff\xfe', b'hello world\n' * 10]
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    print(e64, base64.urlsafe_b64encode(s), base64.b64encode(s, b'*!'))
    print(e32, base64.b32hexencode(s), base64.b16encode(s))
    print(base64.b64decode(e64) == s, base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s,
          base64.b32decode(e32) == s, base64.b32hexdecode(base64.b32hexencode(s)) == s,
          base64.b16decode(base64.b16encode(s)) == s,
          base64.standard_b64decode(base64.standard_b64encode(s)) == s)
    print(base64.encodebytes(s))
    print(base64.decodebytes(base64.encodebytes(s)) == s)

print(base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(b'abc')))
print(base64.b64decode('Zm9v'), base64.b64decode(bytearray(b'Zm9v')), base64.b64decode(b'Zm 9v\n'))
print(base64.b64decode(b'++//', altchars=b'-_'), base64.b64decode('-_-_', altchars='-_'))
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode(b'0ZXW6===', map01=b'M'))
print(base64.b32decode(b'MZXW6YQ1', map01=b'L'), base64.b32decode(b'MZXW6YQ1', map01='I'))
print(base64.b16decode('666f6f', casefold=True), base64.b16decode(bytearray(b'666F')))
for bad in [b'YW!Jj', b'YWJ', b'YWJ=', b'YWJ==', b'YWJ===', b'Y', b'YWJjZ', b'=YWJj', b'YW Jj']:
    t('b64 ' + repr(bad), base64.b64decode, bad)
    t('b64v ' + repr(bad), base64.b64decode, bad, validate=True)
t('nonascii', base64.b64decode, 'é')
t('int', base64.b64decode, 5)
t('encstr', base64.b64encode, 'abc')
t('alt1', base64.b64encode, b'abc', altchars=b'-')
t('alt3', base64.b64decode, b'abc', altchars=b'-_.')
for bad in [b'MFRGG', b'MFRGG==', b'MFRG1===', b'M=======', b'========', b'MFRGG=== ',
            b'mfrgg===', b'MF=RGG==', b'MFRGGZ==', b'MFRGGZD=', b'MFRGGZDFMF======']:
    t('b32 ' + repr(bad), base64.b32decode, bad)
t('map01', base64.b32decode, b'0ZXW6===', map01=b'MM')
for bad in [b'6g', b'616', b'666f', 'xyz']:
    t('b16 ' + repr(bad), base64.b16decode, bad)
t('encodebytes str', base64.encodebytes, 'x')
t('decodebytes str', base64.decodebytes, 'eA==')
print(isinstance(binascii.Error(), ValueError), base64.MAXLINESIZE, base64.MAXBINSIZE)

import io
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
