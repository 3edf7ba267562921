# MicroPython tests/io style: readinto, readline(n), seek/tell, iteration,
# with, append and plus modes, closed files, writes on read-only files.
import os

NAME = '/tmp/file_io_s9G_%d' % os.getpid()
with open(NAME, 'w') as f:
    print(f.write('longer line1\nline2\n\nline4 end\n'))

# readinto, into a buffer, a slice of a memoryview, and past the end
f = open(NAME, 'rb')
b = bytearray(30)
print(f.readinto(b), b)
print(f.readinto(b), b)
f.close()
f = open(NAME, 'rb')
b = bytearray(5)
print(f.readinto(memoryview(b)[1:3]), b)
try:
    f.readinto(b'xx')
except TypeError:
    print('TypeError')
f.close()

# readline with sizes, readlines, at EOF
f = open(NAME)
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline(-1)), repr(f.readline(0)))
print(f.readlines())
print(repr(f.readline()), f.readlines())
f.close()
f = open(NAME, 'rb')
print(f.readline(), f.readlines(1), f.readlines())
f.close()

# seek and tell (binary and text)
f = open(NAME, 'rb')
print(f.seek(6), f.read(5), f.tell())
print(f.seek(0, 1), f.read(4), f.tell())
print(f.seek(-6, 2), f.read(20), f.tell())
print(f.seek(0, 0), f.read(5), f.tell())
print(f.seek(100), f.read(5), f.tell())
print(f.read(2), f.seek(-1, 1), f.read(2))
# a negative position: lseek's EINVAL for a binary file
for a in ((-1,), (-1, 0), (-100, 2)):
    try:
        print(f.seek(*a))
    except OSError as e:
        print('OSError', e.errno)
try:
    f.seek('x')
except TypeError:
    print('TypeError')
f.close()
f = open(NAME, 'rt')
print(f.seek(6), f.read(5), f.tell())
f.close()

# every operation of a closed file raises ValueError
for op in ('seek(1)', 'tell()', 'read()', 'readline()', 'readlines()', "write('x')",
           'flush()', 'fileno()', 'isatty()', 'seekable()', 'readable()',
           'truncate()', '__enter__()', 'writelines([])'):
    try:
        exec('f.' + op)
        print(op, 'no error')
    except (OSError, ValueError) as e:
        print(op, type(e).__name__)
print(f.closed, f.close(), f.closed, f.name == NAME, f.mode)
try:
    print('x', file=f)
except (OSError, ValueError) as e:
    print('print to closed file', type(e).__name__)
try:
    next(f)
except ValueError:
    print('next ValueError')

# iteration and with
f = open(NAME)
for line in f:
    print(repr(line))
print(list(f), next(iter(f), 'end'))
f.close()
with open(NAME) as f:
    print(f.read(4))
print(f.closed)
try:
    with open(NAME) as f:
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError', f.closed)

# a write to a file not open for writing fails at once, not at the flush
f = open(NAME, 'r')
try:
    f.write('x')
    print('no error')
except OSError:
    print('OSError')
f.close()
with open(NAME, 'rb') as f:
    try:
        f.write(b'x')
        print('no error')
    except OSError:
        print('OSError')
    print(f.read(6))
with open(NAME, 'w') as f:
    try:
        f.read()
    except OSError:
        print('OSError')
    try:
        f.readline()
    except OSError:
        print('OSError')
with open(NAME, 'a') as f:
    print(f.readable(), f.writable(), f.seekable())

# append and plus modes
os.remove(NAME)
with open(NAME, 'a') as f:
    f.write('one')
with open(NAME, 'a') as f:
    print(f.write('two'))
with open(NAME) as f:
    print(f.read())
with open(NAME, 'a+') as f:
    print(f.tell())
    f.write('3')
    f.seek(0)
    print(f.read())
with open(NAME, 'w+') as f:
    print(repr(f.read()))
    f.write('hello')
    f.seek(0)
    print(f.read())
with open(NAME, 'r+') as f:
    print(f.read(2))
    f.seek(0)
    f.write('HE')
    f.seek(0)
    print(f.read())
with open(NAME, 'r+b') as f:
    print(f.read(2))
    f.seek(1)
    f.write(b'XYZ')
    f.seek(0)
    print(f.read())
with open(NAME, 'rb+') as f:
    f.seek(0, 2)
    f.write(b'!')
    f.seek(0)
    print(f.read())
with open(NAME, 'wb+') as f:
    f.write(b'\x00\x01')
    f.seek(0)
    print(f.read())
with open(NAME, 'ab+') as f:
    f.write(b'\x02')
    f.seek(0)
    print(f.read())
try:
    open(NAME, 'x')
except OSError as e:
    print(type(e).__name__)
for m in ('rw', 'z', 'rr', 'wa', '+', 'tb', 'U'):
    try:
        open(NAME, m)
        print(m, 'ok')
    except ValueError:
        print(m, 'ValueError')
try:
    open(NAME + '_missing/x')
except OSError as e:
    print(type(e).__name__)

# a long file read whole, in chunks and by lines
with open(NAME, 'wb') as f:
    f.write(bytes(range(256)) * 100)
with open(NAME, 'rb') as f:
    d = f.read()
    print(len(d), d[255], d[25599])
with open(NAME, 'rb') as f:
    tot = 0
    while True:
        c = f.read(1000)
        if not c:
            break
        tot += len(c)
    print(tot)
with open(NAME, 'rb') as f:
    print(sum(len(line) for line in f))
with open(NAME, 'rb') as f:
    print(f.read(8191)[-1:], f.read(3), f.tell(), f.seek(9000), f.read(2), f.tell())
with open(NAME, 'w') as f:
    for i in range(2000):
        print(i, 'line', file=f)
with open(NAME) as f:
    ls = f.readlines()
    print(len(ls), ls[-1])
os.remove(NAME)
