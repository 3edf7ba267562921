# base64: Ascii85 (a85*) and base85 (b85*) encoders and decoders
import base64


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


samples = [b'', b'\0', b'\0\0\0\0', b'\0\0\0\0\0', b'    ', b'     x', b'a', b'ab', b'abc',
           b'abcd', b'abcde', b'\xff\xff\xff\xff', bytes(range(40)), b'Man is distinguished']
for s in samples:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(a, b, base64.a85encode(s, pad=True), base64.b85encode(s, pad=True))
    print(base64.a85encode(s, foldspaces=True), base64.a85encode(s, adobe=True))
    print(base64.a85decode(a) == s, base64.b85decode(b) == s,
          base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s,
          base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s)
s = bytes(range(30))
for w in [1, 2, 5, 10]:
    print(w, base64.a85encode(s, wrapcol=w))
    print(w, base64.a85encode(s, wrapcol=w, adobe=True))
print(base64.a85decode(b'<~9jqo^~>', adobe=True), base64.a85decode(b'9jqo^~>', adobe=True))
print(base64.a85decode(b'9j q\no^'), base64.a85decode('9jqo^'), base64.a85decode(b'9jqo^x', ignorechars=b'x'))
print(base64.b85decode('VPa!sWoBn+'), base64.a85decode(b'zy', foldspaces=True))
for bad in [b'<~abc~>', b'uuuuu', b'z1', b'abz', b'ab\x7f', b'y', b'aby']:
    t('a85 ' + repr(bad), base64.a85decode, bad)
t('a85y', base64.a85decode, b'aby', foldspaces=True)
t('a85 adobe', base64.a85decode, b'<~abc', adobe=True)
for bad in [b'~~~~~', b'|NsC0|', b'ab"cd', b'abcd ', b'}}}}}']:
    t('b85 ' + repr(bad), base64.b85decode, bad)
