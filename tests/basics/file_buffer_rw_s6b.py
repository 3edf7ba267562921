# Buffered regular files: writes then reads, tell/seek in 'r+', 'w+', 'a+',
# binary and text; the disk only sees the data once flushed (as CPython).
import os
NAME = '/tmp/fbuf_rw_s6b_%d' % os.getpid()

def disk():
    # (not open(): it writes out every dropped file, as reference counting
    # would have in CPython)
    fd = os.open(NAME, os.O_RDONLY)
    data = os.read(fd, 100000)
    os.close(fd)
    return data

f = open(NAME, 'wb')
print(f.write(b'abc'), f.tell(), disk())
f.write(b'def\n')
print(f.tell(), disk())
f.flush()
print(disk())
f.write(b'x' * 100)
print(f.tell(), len(disk()))
f.close()
print(len(disk()), f.closed)

# 'w+': read after write sees the data; write after read lands at the position
with open(NAME, 'w+') as f:
    f.write('hello\nworld\n')
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.tell())
    # (a text file needs a seek between a read and a write: CPython's text
    # layer keeps its own read-ahead, the write would land after it)
    f.seek(f.tell())
    f.write('WORLD')
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.seek(3)
    print(repr(f.read(2)), f.tell())
    f.seek(0, 2)
    print(f.tell())
print(disk())

# 'r+' binary: read-ahead dropped before a write
with open(NAME, 'r+b') as f:
    print(f.read(2), f.tell())
    f.write(b'__')
    print(f.tell(), f.read(3), f.tell())
    f.seek(-2, 1)
    print(f.read())
    f.seek(1)
    f.write(b'!')
    f.seek(0)
    print(f.readline(), f.readline(), f.readline())
print(disk())

# readinto, read1 and a seek relative to the current position
with open(NAME, 'rb') as f:
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.tell())
    f.seek(2, 1)
    print(f.read(3), f.tell())
    print(f.read1(3), f.tell())
    f.seek(-1, 2)
    print(f.read(), f.read(), f.tell())

# 'a' and 'a+': the position starts at the end; writes always go there
with open(NAME, 'a') as f:
    print(f.tell())
    f.write('tail\n')
    print(f.tell())
with open(NAME, 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write('more\n')
    print(f.tell())
    f.seek(0)
    print(f.read().splitlines())

# truncate: at the position by default; the position does not move
with open(NAME, 'w+') as f:
    f.write('0123456789')
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(2)
    print(f.truncate(), repr(f.read()), f.tell())
    f.write('ab')
    f.seek(0)
    print(repr(f.read()))
print(disk())
with open(NAME) as f:
    try:
        f.truncate()
    except OSError as e:
        print('OSError')

# Large writes and reads around the buffer size
with open(NAME, 'wb') as f:
    f.write(b'a' * 5000)
    f.write(b'b' * 5000)
    f.write(b'c' * 20000)
    f.write(b'd')
    print(f.tell())
with open(NAME, 'rb') as f:
    print(len(f.read(10)), len(f.read(9000)), len(f.read(30000)), len(f.read()))
    f.seek(4998)
    print(f.read(4), f.tell())
data = disk()
print(len(data), data.count(b'a'), data.count(b'b'), data.count(b'c'), data[-2:])

# writelines and an unflushed write read back through a second file
f = open(NAME, 'w')
f.writelines(['a\n', 'b\n'])
print(disk())
f.flush()
print(disk())
f.close()

# buffering=0 (binary) writes through at once; text refuses it
with open(NAME, 'wb', buffering=0) as f:
    f.write(b'now')
    print(disk())
try:
    open(NAME, 'w', buffering=0)
except ValueError as e:
    print(e)
os.remove(NAME)
