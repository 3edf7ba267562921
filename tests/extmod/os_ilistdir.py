# MicroPython's os.ilistdir yields (name, type, inode) tuples; CPython has no
# ilistdir, so this test has a .exp file.
import os

d = 'os_ilistdir.py.tmp-test'
os.mkdir(d)
os.mkdir(d + '/sub')
f = open(d + '/file', 'w')
f.close()
entries = sorted(os.ilistdir(d))
print([(e[0], e[1]) for e in entries], all(len(e) >= 3 for e in entries))
os.remove(d + '/file')
os.rmdir(d + '/sub')
print(list(os.ilistdir(d)))
os.rmdir(d)
