# io.BytesIO(n) / io.StringIO(n) preallocate n bytes in MicroPython (CPython
# raises TypeError for an int), hence the .exp file.
import io

b = io.BytesIO(8)
print(b.getvalue(), b.write(b"0123456789"), b.getvalue())
s = io.StringIO(4)
print(repr(s.getvalue()), s.write("abc"), s.getvalue())
