# seek/tell/truncate on BytesIO and StringIO (ASCII positions)
import io

b = io.BytesIO(b'hello')
print(b.seek(10), b.write(b'x'), b.getvalue(), b.tell())
print(b.seek(-3, 1), b.seek(-100, 1), b.seek(-2, 2), b.tell(), b.seek(0, 2))
print(b.truncate(3), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
try:
    b.seek(-1)
except ValueError:
    print('ValueError')
s = io.StringIO('abcdef')
print(s.seek(2), s.read(2), s.tell(), s.seek(0, 2), s.seek(0, 1), s.write('!'), s.getvalue())
s.seek(1)
s.write('X')
print(s.getvalue())
for whence in (1, 2):
    try:
        s.seek(1, whence)
    except OSError:
        print('OSError')
s = io.StringIO()
s.seek(3)
s.write('X')
print(repr(s.getvalue()))
