# BytesIO and StringIO have no fileno (io.UnsupportedOperation, also once
# closed); BytesIO and buffered binary files have readinto1; a BytesIO
# position past the machine range is OverflowError (it wrapped to 0).
# (Found by tools/fuzz/diffio.py.)
import io
import os
import tempfile

for c in (io.BytesIO(b'abc'), io.StringIO('abc')):
    for i in range(2):
        try:
            c.fileno()
        except Exception as e:
            print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))
        c.close()

b = io.BytesIO(b'hello')
buf = bytearray(3)
print(b.readinto1(buf), buf, b.readinto1(buf), buf, b.readinto1(buf))

D = tempfile.mkdtemp()
P = os.path.join(D, 'f')
with open(P, 'wb') as f:
    f.write(b'hello')
with open(P, 'rb') as f:
    print(f.readinto1(buf), buf, f.readinto1(bytearray(9)))
os.remove(P)
os.rmdir(D)

b = io.BytesIO()
print(b.seek(2**62, 1))
for whence in (1, 2):
    try:
        b.seek(2**62, whence)
    except OverflowError:
        print('OverflowError', whence)
print(b.tell(), b.seek(-2**62, 1), b.seek(0, 2))

# io.BlockingIOError is the built-in one (session 29).
import io
print(io.BlockingIOError is BlockingIOError)
