# codecs: lookup names, CodecInfo, encode/decode incl. bytes-to-bytes codecs
import codecs
for n in ['UTF8', 'utf_8', 'u8', 'utf', 'utf-8-sig', 'ascii', 'us-ascii', '646', 'latin1',
          'latin-1', 'iso-8859-1', 'L1', 'cp819', '8859', 'unicode_escape',
          'raw_unicode_escape', 'utf-16', 'utf_16_le', 'utf-16be', 'UTF32', 'utf-32-le',
          'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'zlib', 'zip',
          'zlib_codec', 'rot13', 'rot_13', 'utf 8', 'Utf-8']:
    print(n, codecs.lookup(n).name)
ci = codecs.lookup('utf-8')
print(repr(ci)[:38], len(ci), ci[0] is ci.encode, ci[1] is ci.decode)
print(ci.streamreader is ci[2], ci.streamwriter is ci[3], ci.incrementalencoder is not None)
print(codecs.encode(b'ab', 'hex'), codecs.decode('6162', 'hex'), codecs.decode(b'6162', 'hex_codec'))
print(codecs.encode(b'ab', 'base64'), codecs.decode(b'YWI=\n', 'base64'))
print(codecs.encode(b'x' * 60, 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.decode(codecs.encode(b'hello' * 10, 'zlib'), 'zlib'))
print(codecs.lookup('hex').encode(b'ab'), codecs.lookup('rot13').encode('ab'))
print(codecs.lookup('utf-8').decode(b'ab'), codecs.lookup('latin-1').encode('\xe9'))
print(codecs.getencoder('utf-16-be')('hi'), codecs.getdecoder('utf-16')(b'\xfe\xff\x00h'))
print(codecs.encode('\xe9\n'), codecs.encode('\xe9\n', 'unicode_escape'),
      codecs.decode(b'\\xe9\\u20ac\\n', 'unicode_escape'))
print(codecs.encode('\xe9\u20ac', 'raw_unicode_escape'), codecs.decode(b'a\\u20ac', 'raw-unicode-escape'))
print(codecs.decode(b'\xef\xbb\xbfhi', 'utf-8-sig'), codecs.encode('hi', 'utf_8_sig'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM_BE)
tests = [lambda: codecs.lookup('nope'), lambda: codecs.encode('x', 'hex'),
         lambda: codecs.encode(b'x'), lambda: codecs.decode('x'),
         lambda: codecs.decode(b'zz', 'hex'), lambda: codecs.lookup(b'x'),
         lambda: codecs.lookup(1), lambda: codecs.lookup(''),
         lambda: codecs.decode(b'\xff'), lambda: codecs.encode('\xe9', 'ascii'),
         lambda: codecs.getencoder('x-none')]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# a search function of our own
def search(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (b.decode().lower(), len(b)),
                                name='my-codec')
    return None


codecs.register(search)
print(codecs.lookup('My-Codec').name, codecs.encode('abc', 'my codec'), codecs.decode(b'ABC', 'my_codec'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print('LookupError', e)
print(codecs.decode('a\\n\\u20ac', 'unicode_escape'), codecs.decode(b'a\\tb', 'unicode-escape'))
print(codecs.encode(bytearray(b'ab'), 'hex'), codecs.decode(memoryview(b'ab')))
print(isinstance(codecs.lookup('ascii'), tuple), codecs.lookup('ascii') is codecs.lookup('ASCII'))
