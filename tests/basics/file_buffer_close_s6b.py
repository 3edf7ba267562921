# Buffered regular files: output is written by flush(), close(), with, the
# finaliser of a dropped file, and at exit; not by os._exit().
import gc
import os
import subprocess
import sys
NAME = '/tmp/fbuf_close_s6b_%d' % os.getpid()

def disk():
    fd = os.open(NAME, os.O_RDONLY)
    data = os.read(fd, 100000)
    os.close(fd)
    return data

f = open(NAME, 'wb')
f.write(b'one')
print(disk())
f.close()
print(disk(), f.closed)
f.close()

with open(NAME, 'ab') as f:
    f.write(b' two')
    print(disk())
print(disk())

# A dropped file is written out by its finaliser (CPython: at once)
def drop():
    f = open(NAME, 'ab')
    f.write(b' three')

def clobber(n):
    return clobber(n - 1) + 1 if n else 0

drop()
clobber(20)
gc.collect()
print(disk())

# ... and by the next open(), as CPython's reference counting would have
open(NAME, 'w').write('four')
print(open(NAME).read())
open(NAME, 'w').write('five!')
print(os.stat(NAME).st_size, os.path.getsize(NAME))

# Line buffering (buffering=1, text): each newline writes out
with open(NAME, 'w', buffering=1) as f:
    f.write('a')
    print(disk())
    f.write('b\nc')
    print(disk())
print(disk())

# Exclusive creation, then text written through print()
os.remove(NAME)
with open(NAME, 'x') as f:
    print('printed', 1, file=f)
    try:
        open(NAME, 'x')
    except FileExistsError:
        print('FileExistsError')
print(disk())

# The process ends without close(): at the end of the script, by sys.exit, by
# an uncaught exception; os._exit() drops the buffer, as in CPython.
body = 'f = open(%r, "w"); f.write("pending " * 3); ' % NAME
for tail in ('pass', 'import sys; sys.exit(3)', 'raise KeyError', 'import os; os._exit(0)'):
    r = subprocess.run([sys.executable, '-c', body + tail], stderr=subprocess.DEVNULL)
    print(r.returncode, disk())
os.remove(NAME)
