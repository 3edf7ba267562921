# read(n) with n far beyond the data returns what there is (CPython does;
# the buffer must not be allocated at n bytes up front), and reads of more
# than one internal chunk come back whole.
import io, os
print(io.BytesIO(b'abc').read(2**40))
b = io.BytesIO(bytes(range(256)) * 20000)
x = b.read(3000000)
print(len(x), x[:3], x[-3:])
print(len(b.read(2**40)), b.read(5))
name = 'stream_read_huge_s5.tmp'
with open(name, 'wb') as f:
    f.write(b'0123456789' * 300000)
with open(name, 'rb') as f:
    print(f.read(10), len(f.read(2500000)), len(f.read(600000)), f.read(1))
os.remove(name)
r, w = os.pipe()
os.write(w, b'xyz')
os.close(w)
with open(r, 'rb') as f:
    print(f.read(100))
