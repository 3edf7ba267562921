# codecs: the error handler registry
import codecs

for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
          'surrogateescape', 'surrogatepass']:
    print(h, callable(codecs.lookup_error(h)))
print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('replace') is codecs.replace_errors,
      codecs.lookup_error('ignore') is codecs.ignore_errors,
      codecs.lookup_error('backslashreplace') is codecs.backslashreplace_errors,
      codecs.lookup_error('xmlcharrefreplace') is codecs.xmlcharrefreplace_errors)
e = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'bad')
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    f = codecs.lookup_error(h)
    for x in (e, d, ValueError('v')):
        try:
            print(h, f(x))
        except Exception as ex:
            print(h, type(ex).__name__, ex)
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeEncodeError('utf-8', 'a\udcff', 1, 2, 'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'x')))
try:
    codecs.strict_errors(e)
except UnicodeEncodeError as x:
    print('strict raised', x is e)
for f in [lambda: codecs.lookup_error('nope'), lambda: codecs.register_error('x', 1),
          lambda: codecs.encode('\xe9', 'ascii', 'nope')]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)


def mine(exc):
    # a handler of our own: used by codecs.encode/decode and the coders
    return ('<%s %d-%d>' % (type(exc).__name__, exc.start, exc.end), exc.end)


codecs.register_error('mine', mine)
print(codecs.lookup_error('mine') is mine)
print(codecs.encode('a\xe9\u20acb', 'ascii', 'mine'))
print(codecs.decode(b'a\xff\xfeb\xff', 'utf-8', 'mine'))
print(codecs.lookup('latin-1').encode('x\u20acy', 'mine'))
d = codecs.getincrementaldecoder('utf-8')('mine')
print(d.decode(b'ab\xffc\xe2'), d.decode(b'\x82', True))
codecs.register_error('skip2', lambda exc: ('', exc.end + 1))
print(codecs.decode(b'a\xffxyz', 'ascii', 'skip2'))
print(codecs.encode('a\xe9b', 'ascii', 'ignore'), codecs.decode(b'a\xffb', 'ascii', 'replace'))
print(codecs.encode('a\xe9b', 'ascii', 'xmlcharrefreplace'), codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'))
