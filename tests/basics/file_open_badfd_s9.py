# open() and os.fdopen() of a descriptor that is not open fail at once
# with EBADF (the file object must not later close a reused number).
import errno, os
for f in (open, os.fdopen):
    for mode in ('r', 'rb', 'w'):
        try:
            f(99999, mode)
            print('opened')
        except OSError as e:
            print(f.__name__, mode, e.errno == errno.EBADF)
r, w = os.pipe()
os.close(w)
try:
    open(w, 'w')
except OSError as e:
    print('closed pipe end', e.errno == errno.EBADF)
with open(r, 'rb') as fr:
    print(fr.read())
