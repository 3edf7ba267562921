# io.BytesIO: reading, writing, getvalue
import io

b = io.BytesIO(b'hello\nworld\nlast')
print(b.read(3), b.read1(2), b.readline(), b.readline(3), b.readlines())
print(b.read(), b.read(5), b.tell())
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.write(memoryview(b'f')), b.getvalue(), b.tell())
b.seek(1)
print(b.write(b'XY'), b.getvalue(), b.read())
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.readinto(bytearray(10)))
print(io.BytesIO(b'abc').read(None), io.BytesIO(b'abc').read(-1), io.BytesIO(b'abc').read(0))
print(io.BytesIO(initial_bytes=b'kw').getvalue(), io.BytesIO(bytearray(b'ba')).getvalue())
b.writelines([b'1', b'2'])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty())
