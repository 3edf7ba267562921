# codecs: open(), StreamReader/StreamWriter over binary streams
import codecs, io, os

path = '/tmp/_codecs_s8p_%d.txt' % os.getpid()
with codecs.open(path, 'w', 'utf-16') as f:
    print(f.encoding)
    f.write('line one\r\n')
    f.writelines(['caf\xe9\n', '\u20ac\U0001f600 end'])
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', 'utf-16') as f:
    print(f.readline(), f.reader.readline(keepends=False), repr(f.readline()), repr(f.readline()))
with codecs.open(path, encoding='utf-16') as f:
    print(f.read())
with codecs.open(path, 'r', 'utf-16') as f:
    print(list(f))
with codecs.open(path, 'r', 'utf-16') as f:
    print(f.readlines(), f.read())
with codecs.open(path, 'wb', 'latin-1', 'replace') as f:
    f.write('x\u20acy')
with codecs.open(path, 'rb', 'ascii', 'replace') as f:
    print(f.read())
f = codecs.open(path, 'r')
print(f.read(), type(f.read()))
f.close()
os.remove(path)

data = 'a\xe9\u20ac\nsecond\rthird\r\nlast'.encode('utf-8')
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(r.read(3), r.read(chars=2), r.readline(), r.readline(), r.readline(), repr(r.readline()), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(data))
print([r.read(1, 1) for i in range(6)])
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\xff\xfe!'), 'replace')
print(r.read())
r = codecs.getreader('utf-8-sig')(io.BytesIO(codecs.BOM_UTF8 + b'hi\nthere'))
print(r.readlines(), r.getvalue()[:3])
b = io.BytesIO()
w = codecs.getwriter('utf-16-be')(b)
w.write('h\xe9')
w.write('!')
print(b.getvalue())
b = io.BytesIO()
w = codecs.getwriter('utf-32')(b)
w.write('a')
w.write('b')
w.reset()
w.write('c')
print(b.getvalue())
b = io.BytesIO()
w = codecs.getwriter('ascii')(b, 'xmlcharrefreplace')
w.write('\u20ac')
print(b.getvalue())


class Upper(codecs.StreamReader):
    # a reader with its own decode(), as subclasses in the wild define
    def decode(self, input, errors='strict'):
        return input.decode('ascii').upper(), len(input)


print(Upper(io.BytesIO(b'abc\ndef')).readlines())
