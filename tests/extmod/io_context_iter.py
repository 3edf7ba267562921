# with-statement and line iteration on in-memory streams
import io

with io.StringIO('a\nb\nc') as f:
    for line in f:
        print(repr(line))
print(f.closed)
with io.BytesIO(b'x\ny\n') as f:
    print(list(f))
    print(f.__enter__() is f)
print(f.closed)
class MyIO(io.StringIO):
    def shout(self):
        return self.getvalue().upper()
m = MyIO('abc')
print(m.read(1), m.shout(), isinstance(m, io.StringIO))
