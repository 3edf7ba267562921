# files: text reads count characters, readline/read/seek interleave, modes
NAME = 'file_read_seek_lines.tmp-test'
with open(NAME, 'w') as f:
    print(f.write('h\xe9llo\nw\xf6rld\n'), f.write('last'), f.closed, f.mode, f.name == NAME)
print(f.closed)
try:
    f.read()
except ValueError:
    print('ValueError: closed')
with open(NAME) as f:
    print(repr(f.read(2)), repr(f.readline()), f.tell())
    print(repr(f.readline(3)), repr(f.read()), repr(f.read()), repr(f.readline()))
    f.seek(0)
    print([line for line in f])
with open(NAME, 'rb') as f:
    print(f.read(3), f.readline(), f.seek(-2, 2), f.read(), f.tell())
with open(NAME, 'a') as f:
    f.write('\nmore')
with open(NAME, 'r+') as f:
    print(f.readlines())
for mode in ('rw', 'rr', 'bt', 'z', ''):
    try:
        open(NAME, mode)
    except ValueError:
        print('ValueError', repr(mode))
try:
    open(NAME, 'x')
except FileExistsError:
    print('FileExistsError')
try:
    open(NAME + '/sub')
except OSError as e:
    print(type(e).__name__)
with open(NAME, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError:
        print('TypeError: text file takes str')
try:
    import os
    os.remove(NAME)
except ImportError:
    pass
