import io
b = io.BytesIO(b'hello world')
print(b.read(5), b.tell(), b.read(), b.read(), b.tell())
b.seek(0); print(b.readline(), b.getvalue())
b.seek(0, 2); print(b.tell()); b.write(b'!'); print(b.getvalue())
b.seek(20); b.write(b'x'); print(b.getvalue())
b = io.BytesIO(); print(b.write(bytearray(b'ab')), b.write(memoryview(b'cd')), b.getvalue())
b = io.BytesIO(b'abcdef'); buf = bytearray(4); print(b.readinto(buf), buf, b.readinto(buf), buf)
b = io.BytesIO(b'abc'); b.seek(1); print(b.seek(1, 1), b.read()); print(b.seek(0), b.read(1))
try:
    b.seek(-1)
except (ValueError, OSError) as e:
    print('seek error')
b = io.BytesIO(); b.writelines([b'a', b'b']); print(b.getvalue())
b = io.BytesIO(b'l1\nl2\nl3'); print(b.readlines(), b.readline())
b = io.BytesIO(b'l1\nl2\n'); print([l for l in b])
s = io.StringIO('a\nbb\nccc')
print(s.readlines())
s = io.StringIO('a\nbb\nccc'); print(list(s))
s = io.StringIO(); print(s.write('hello'), s.tell(), s.getvalue())
s.seek(0); print(s.read(2), s.read(100), repr(s.read()))
s = io.StringIO('line1\nline2\n')
for l in s: print(repr(l))
s = io.StringIO('abc'); s.seek(1); s.write('X'); print(s.getvalue())
s = io.StringIO('abc'); s.seek(0, 2); s.write('d'); print(s.getvalue())
with io.BytesIO(b'q') as f: print(f.read())
print(f.closed)
for op in (f.read, f.getvalue, lambda: f.write(b'x')):
    try:
        op()
    except ValueError:
        print('ValueError closed')
s = io.StringIO('abc\ndef'); print(s.readline(2), s.readline(), s.readline(), repr(s.readline()))
b = io.BytesIO(b'abcdef'); print(b.read(-1)); b.seek(2); print(b.read(100))
b = io.BytesIO(b'abc'); print(b.seek(-1, 2), b.read())
print(io.StringIO('x').read(0) == '', io.StringIO().getvalue() == '', io.BytesIO().read())
try:
    io.StringIO().write(b'x')
except TypeError:
    print('TypeError StringIO bytes')
s = io.StringIO(); print('x', 1, file=s, end=''); print(s.getvalue())
b = io.BytesIO(b'ab'); print(b.read(1), b.read(0), b.read(5), b.read(5))
