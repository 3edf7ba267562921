# stat: mode constants, S_IS*() type tests, S_IMODE/S_IFMT and filemode(),
# on made-up modes and on real files, directories and links.
import os
import shutil
import stat
import tempfile

for m in (0o100755, 0o41777, 0o104755, 0o106644, 0o101001, 0o20600, 0o60660, 0o10644, 0o120777,
          0o140755, 0, 0o170000, 0o7777, 0o107000, 0o102070):
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [n for n in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
                       'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(stat, n)(m)])

names = sorted(n for n in dir(stat) if n[:2] in ('S_', 'ST', 'UF', 'SF') and type(getattr(stat, n)) is int)
print(names)
print([getattr(stat, n) for n in names])
print(stat.S_ISDIR(0) == 0, stat.S_ISDOOR(0o40000))
try:
    stat.S_ISDIR('x')
except TypeError:
    print('TypeError')

d = tempfile.mkdtemp()
try:
    f = os.path.join(d, 'f')
    open(f, 'w').close()
    for bits in (0o700, 0o070, 0o007, 0o444, 0o4755, 0o2750):
        os.chmod(f, bits)
        st = os.stat(f)
        print(oct(bits), stat.filemode(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) == bits,
              stat.S_IFMT(st[stat.ST_MODE]) == stat.S_IFREG)
    os.chmod(d, 0o700)
    print(stat.filemode(os.stat(d).st_mode), stat.S_ISDIR(os.stat(d).st_mode))
    os.symlink(f, os.path.join(d, 'l'))
    st = os.lstat(os.path.join(d, 'l'))
    print(stat.filemode(st.st_mode)[0], stat.S_ISLNK(st.st_mode), stat.S_ISLNK(os.stat(f).st_mode))
    print(stat.filemode(os.stat('/dev/null').st_mode)[0], stat.S_ISCHR(os.stat('/dev/null').st_mode))
    print(os.stat(f)[stat.ST_SIZE], os.stat(f)[stat.ST_NLINK])
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
