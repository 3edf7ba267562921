# os.stat_result: a struct sequence (a 10-tuple with named fields, float and
# ns times by name only), its repr, constructor and errors.
import os

d = '/tmp/os_stat_result_s3i_%d' % os.getpid()
os.mkdir(d)
try:
    p = d + '/f'
    with open(p, 'w') as f:
        f.write('12345')
    os.utime(p, (1000000000, 1100000000.25))
    st = os.stat(p)
    print(type(st).__name__, isinstance(st, tuple), len(st))
    print(st.st_size, st[6], st.st_mode == st[0], st.st_nlink, st.st_uid == os.getuid())
    print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns, st.st_atime_ns)
    print(type(st.st_ctime).__name__, type(st[9]).__name__, st.st_blksize > 0, st.st_blocks >= 0)
    print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
    print(size, at, mt, st[-4:-2], st[6:8], tuple(st)[6])
    print(st == tuple(st), tuple(st) == st, st == os.stat(p), st != os.stat(d), hash(st) == hash(tuple(st)))
    print(st.count(5), st.index(5), 5 in st, list(st)[6])
    print(os.lstat(p).st_size, os.stat(p, follow_symlinks=False).st_size)
    fd = os.open(p, os.O_RDONLY)
    print(os.fstat(fd).st_size, os.stat(fd).st_size)
    os.close(fd)
    try:
        st.st_size = 1
    except AttributeError as e:
        print('AttributeError', e)
    try:
        os.stat(d + '/missing')
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == d + '/missing')
finally:
    os.remove(d + '/f')
    os.rmdir(d)

r = os.stat_result(tuple(range(10)))
print(repr(r))
print(r.st_atime, r.st_mtime_ns, r.st_rdev)
print(repr(os.stat_result(tuple(range(13)))), os.stat_result(tuple(range(13))).st_atime)
for bad in [(1, 2, 3), tuple(range(20)), 5]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError', e)
