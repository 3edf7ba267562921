# The codec layer of open() (io.TextIOWrapper in lib/_iobase.py: another
# encoding, or an error handler): an end of file is looked for again (a file
# may grow), readline() on a file not opened for reading and write() on one
# not opened for writing are io.UnsupportedOperation (before encoding);
# readlines(hint) stops once the lines exceed hint (not reach it); a seek
# that fails keeps what was read ahead; seek(0, 1) is tell().
# (Found by tools/fuzz/diffio.py.)
import os
import tempfile

D = tempfile.mkdtemp()
P = os.path.join(D, 'f')
with open(P, 'w') as f:
    f.write('a\n')
r = open(P, errors='replace')
print(repr(r.read()), repr(r.read()), repr(r.readline()))
with open(P, 'a', encoding='latin-1') as w:
    w.write('b\xe9\nc')
    w.flush()
    print(repr(r.readline()), repr(r.read(1)), repr(r.read()), repr(r.read()))
    for fn in (lambda: w.readline(), lambda: w.readline(0), lambda: w.read(0)):
        try:
            print(repr(fn()))
        except Exception as e:
            print(type(e).__name__)
r.close()
with open(P, encoding='ascii') as r:
    for s in ('x', '\xe9', '\U0001f600'):
        try:
            r.write(s)
        except Exception as e:
            print(type(e).__name__)
with open(P, 'rb') as f:
    print(f.read())
with open(P, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\n')
for enc in ('latin-1', 'utf-8'):
    for nl in ('\r\n', None, ''):
        with open(P, encoding=enc, newline=nl, errors='strict' if enc == 'latin-1' else 'replace') as f:
            print(f.readlines(5), f.seek(0), f.readlines(4), f.seek(0), repr(f.readline()), f.seek(0, 1))
            try:
                f.seek(-3, -1)
            except Exception as e:
                print(type(e).__name__)
            print(repr(f.read()))
os.remove(P)
os.rmdir(D)
