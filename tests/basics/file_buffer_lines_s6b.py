# Buffered regular files: lines from the read-ahead, lines longer than the
# buffer, readline(size), UTF-8 characters split across the buffer boundary.
import os
NAME = '/tmp/fbuf_lines_s6b_%d' % os.getpid()

# A 3-byte character straddling byte 8192, and a 20,000-character line
with open(NAME, 'w') as f:
    f.write('a' * 8191 + '\u20ac' + 'b\n')
    f.write('short\n')
    f.write('\u00e9' * 20000 + '\n')
    f.write('\n')
    f.write('last line, no newline')
with open(NAME) as f:
    line = f.readline()
    print(len(line), line[8190:], f.tell())
    print(repr(f.readline()))
    line = f.readline()
    print(len(line), line.count('\u00e9'), line[-2:] == '\u00e9\n')
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME) as f:
    print([len(l) for l in f])
with open(NAME) as f:
    print([len(l) for l in f.readlines()])
with open(NAME) as f:
    print([len(l) for l in f.readlines(8200)])
    print(len(f.readline()))
with open(NAME) as f:
    print([len(l) for l in f.readlines(8199)])
    print(len(f.readline()))

# read(n) counts characters, also across the boundary
with open(NAME) as f:
    print(len(f.read(8190)), repr(f.read(3)), repr(f.read(2)), f.tell())
    print(repr(f.read(5)))
with open(NAME, 'rb') as f:
    print(len(f.read(8191)), f.read(3).decode(), f.read(2))

# readline(size): bytes for binary, characters for text
with open(NAME, 'rb') as f:
    f.seek(8190)
    print(f.readline(2), f.readline(3), f.readline(100), f.readline(0))
with open(NAME) as f:
    f.seek(8190)
    print(repr(f.readline(2)), repr(f.readline(2)), repr(f.readline(100)))
    print(repr(f.readline(3)), f.tell())

# Mixing iteration, readline, read and seek
with open(NAME, 'rb') as f:
    it = iter(f)
    print(len(next(it)), f.readline(), f.read(4))
    f.seek(-8, 2)
    print(list(f))
    f.seek(0)
    print(len(f.readline()), f.tell())

# Many short lines, as a log file
with open(NAME, 'w') as f:
    for i in range(3000):
        f.write('line %d\n' % i)
with open(NAME) as f:
    n = 0
    for l in f:
        n += int(l.split()[1])
    print(n, f.tell())
with open(NAME) as f:
    total = 0
    while True:
        l = f.readline()
        if not l:
            break
        total += len(l)
    print(total, f.tell(), repr(f.read()), repr(f.readline()))

# Invalid UTF-8 in a line raises
with open(NAME, 'wb') as f:
    f.write(b'\xff\xfe\nok\n')
with open(NAME) as f:
    try:
        f.readline()
    except UnicodeDecodeError:
        print('UnicodeDecodeError')
os.remove(NAME)
