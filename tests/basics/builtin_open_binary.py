# open() in binary mode, then delete the file
NAME = 'builtin_open_binary.tmp-test'
data = bytes(range(256))
with open(NAME, 'wb') as f:
    print(f.write(data))
with open(NAME, 'rb') as f:
    got = f.read()
print(type(got).__name__, len(got), got == data)
with open(NAME, 'rb') as f:
    print(f.read(4), f.read(2), len(f.read()), f.read())
f = open(NAME, 'rb')
print(f.read(1))
f.close()
try:
    open('no_such_directory_q/file.bin', 'rb')
except OSError as e:
    print('OSError', e.errno)
try:
    import os
    os.remove(NAME)
except ImportError:
    pass
