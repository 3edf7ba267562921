# os.scandir: DirEntry name/path/is_dir/is_file/is_symlink (with and without
# following links)/stat/inode/__fspath__, bytes paths, the context manager
# and errors.
import os

d = '/tmp/os_scandir_s3i_%d' % os.getpid()
os.mkdir(d)
try:
    os.mkdir(d + '/sub')
    with open(d + '/file', 'w') as f:
        f.write('abc')
    os.symlink('file', d + '/flink')
    os.symlink('sub', d + '/dlink')
    os.symlink('missing', d + '/broken')
    with os.scandir(d) as it:
        print(type(it).__name__)
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == d + '/' + e.name, os.fspath(e) == e.path)
        print(' ', e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
        print(' ', e.inode() == os.lstat(e.path).st_ino, e.stat(follow_symlinks=False).st_ino == e.inode())
        if e.name != 'broken':
            print(' ', e.stat().st_ino == os.stat(e.path).st_ino)
        else:
            try:
                e.stat()
            except OSError as ex:
                print(' ', type(ex).__name__, ex.errno, ex.filename == e.path)
    print(type(entries[0]).__name__, type(entries[0]) is os.DirEntry)
    b = sorted(os.scandir(d.encode()), key=lambda e: e.name)
    print([e.name for e in b], b[0].path == (d + '/broken').encode(), b[0])
    it = os.scandir(d + '/')
    first = next(it)
    print(first.path == d + '/' + first.name)
    it.close()
    print(list(it))
    os.chdir(d)
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir('.')))
    os.chdir('/')
    print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())))
finally:
    for n in ('flink', 'dlink', 'broken', 'file'):
        os.remove(d + '/' + n)
    os.rmdir(d + '/sub')
    os.rmdir(d)

try:
    os.scandir(d + '/gone')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == d + '/gone')
try:
    os.listdir(d + '/gone')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == d + '/gone')
