# print() to sys.stdout/sys.stderr goes through the stream's error handler,
# as sys.stdout.write() already did: a lone surrogate from
# surrogateescape-decoded input (a file name, argv) prints back as its
# original byte; one that is not an escape, or any under errors='strict',
# raises UnicodeEncodeError -- print() used to write the surrogate's
# internal bytes whatever the handler.
import sys

# (The runner gives CPython PYTHONIOENCODING=utf-8, whose handler is strict;
# this is the default without it, in the C/POSIX locale.)
sys.stdout.reconfigure(errors='surrogateescape')
print('a\udcffb')
print('x\udc80y', 'z', sep='\udcfe')
try:
    print('bad\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print('long' * 200 + '\udcff' + 'tail')
print(b'\xe9t\xe9'.decode('utf-8', 'surrogateescape'), end='\udc8a\n')
sys.stdout.flush()
sys.stdout.reconfigure(errors='strict')
try:
    print('strict\udcff')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
sys.stdout.reconfigure(errors='surrogateescape')
print('back\udcff')
