# open(): write a file, read it back, then delete it
NAME = 'builtin_open_rw.tmp-test'
with open(NAME, 'w') as f:
    print(f.write('line one\n'), f.write('line two\n'))
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print([line for line in f])
with open(NAME, 'a') as f:
    f.write('appended\n')
with open(NAME) as f:
    print(f.read().splitlines())
try:
    import os
    os.remove(NAME)
except ImportError:
    pass
