# failing os calls raise OSError subclasses carrying errno
import errno
import os

name = 'os_errors.py.tmp-test'
cases = [
    lambda: os.stat(name), lambda: os.remove(name), lambda: os.rmdir(name), lambda: os.listdir(name),
    lambda: os.chdir(name), lambda: os.rename(name, name + '2'),
]
for f in cases:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOENT)
os.mkdir(name)
try:
    os.mkdir(name)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EEXIST)
try:
    os.remove(name)
except OSError as e:
    print(isinstance(e, OSError))
os.rmdir(name)
try:
    os.stat(123.5)
except TypeError:
    print('TypeError')
