# io.TextIOWrapper, the IOBase ABCs and io.UnsupportedOperation (lib/_iobase.py)
import io, sys
t = io.TextIOWrapper(io.BytesIO('héllo\r\nwörld\rlast'.encode()), encoding='utf-8')
print(repr(t.encoding), t.readline(), list(t))
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'), newline='')
print(list(t))
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'), newline='\r')
print(list(t))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='latin-1', newline='\r\n')
print(t.write('x\ny\xe9'))
t.flush(); print(b.getvalue())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(t, io.TextIOWrapper), isinstance(sys.stdin.buffer, io.BufferedIOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
class S(io.TextIOWrapper):
    def __init__(self, iv='', newline='\n'):
        super().__init__(io.BufferedWriter(io.BytesIO(iv.encode())), 'utf-8', newline=newline)
    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')
s = S(); print('hi', file=s); s.write('there'); print(repr(s.getvalue()))
t = io.TextIOWrapper(io.BytesIO(b'abcdef'))
print(t.read(2), t.read(), repr(t.read()))
t.detach()
try: t.read()
except ValueError as e: print('VE', e)
try: io.TextIOWrapper(io.BytesIO(), newline='x')
except ValueError as e: print('VE', e)
class R(io.RawIOBase):
    def __init__(s): s.d = b'line1\nline2\n'
    def readable(s): return True
    def readinto(s, b):
        n = min(len(b), 3, len(s.d)); b[:n] = s.d[:n]; s.d = s.d[n:]; return n
print(R().read(), list(io.BufferedReader(R())), R().readall())
with io.TextIOWrapper(io.BytesIO(b'x\ny\n')) as f:
    print([l for l in f])
print(f.closed)
try: io.nothing
except AttributeError as e: print(e)
# 'utf-8' in CPython's UTF-8 mode (a C/POSIX locale turns it on), else 'locale'
print(io.text_encoding(None) in ('locale', 'utf-8'), io.text_encoding('utf-8'))
t = io.TextIOWrapper(io.BytesIO('€uro'.encode()))
print(t.read(1), t.tell(), t.read())

# a UTF-8 character split across reads of the buffer
class Slow(io.RawIOBase):
    def __init__(s, d): s.d = d
    def readable(s): return True
    def readinto(s, b):
        n = min(len(b), 1, len(s.d)); b[:n] = s.d[:n]; s.d = s.d[n:]; return n
t = io.TextIOWrapper(io.BufferedReader(Slow('aé€\r\nz'.encode())))
print(repr(t.readline()), repr(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(b'\xff')).read()
except UnicodeDecodeError as e:
    print('UDE')
w = io.TextIOWrapper(io.BytesIO(), write_through=True)
try:
    w.write(b'x')
except TypeError as e:
    print(e)
print(w.seek(0), w.tell(), w.readable(), w.writable(), w.seekable())
class RO(io.RawIOBase):
    pass
try:
    RO().fileno()
except io.UnsupportedOperation as e:
    print('unsupported', e)
for m in (RO().readinto, RO().write, io.BufferedIOBase().read1, io.TextIOBase().readline):
    try:
        m(bytearray(1))
    except NotImplementedError:
        print('not implemented')
    except io.UnsupportedOperation as e:
        print('unsupported', e)
# wrapping the standard output's buffer, and the built-in files as ABC members
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
print('via wrapper', file=out)
out.write('second\n')
out.flush()
out.detach()
with open(__file__, 'rb') as f, io.TextIOWrapper(f) as w:
    print(w.readline().startswith('# io.'), len(w.readlines()) > 10)
print(w.closed, f.closed)
f = open(__file__)
print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedReader))
f.close()
f = open(__file__, 'rb')
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
f.close()
print(io.BufferedReader, io.FileIO, io.UnsupportedOperation, io.TextIOWrapper)
print(io.IOBase, io.TextIOBase, io.RawIOBase, io.BufferedIOBase)
print(type(sys.stdout))
