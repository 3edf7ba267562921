# os.path queries on a temporary directory (exists, isfile, getsize, abspath,
# relpath, realpath without links, expanduser, expandvars...).
import os
from os import path

base = '/tmp/ospath_s3g_%d' % os.getpid()
os.mkdir(base)
try:
    sub = path.join(base, 'sub')
    os.mkdir(sub)
    fname = path.join(sub, 'f.txt')
    with open(fname, 'w') as f:
        f.write('hello world')
    missing = path.join(base, 'missing')

    for p in (base, sub, fname, missing, fname + '/x', '/', '/dev/null'):
        short = p.replace(base, 'BASE')
        print(short, path.exists(p), path.lexists(p), path.isfile(p), path.isdir(p),
              path.islink(p), path.ismount(p))
    print(path.exists(fname.encode()), path.isdir(sub.encode()), path.isfile(sub))
    print(path.getsize(fname), path.getsize(fname.encode()))
    print(type(path.getmtime(fname)), type(path.getatime(fname)), type(path.getctime(fname)))
    print(path.getmtime(fname) > 1e9)
    print(path.samefile(fname, path.join(base, 'sub', '..', 'sub', 'f.txt')))
    print(path.samefile(sub, base))
    print(path.samestat(os.stat(sub), os.stat(sub + '/.')))
    for func in (path.getsize, path.getmtime, path.samefile):
        try:
            func(missing) if func is not path.samefile else func(missing, base)
        except OSError as e:
            print(func.__name__, type(e).__name__, e.errno)

    cwd = os.getcwd()
    os.chdir(sub)
    try:
        print(path.abspath('f.txt') == fname, path.abspath(b'f.txt') == fname.encode())
        print(path.abspath('.') == sub, path.abspath('../sub/./x/..') == sub)
        print(path.abspath('/a/../b'), path.abspath(b'//a/./b'))
        print(path.realpath('f.txt') == fname, path.realpath(b'..') == base.encode())
        print(path.realpath('nothere/../x') == path.join(sub, 'x'))
        print(path.relpath(fname), path.relpath(base), path.relpath(b'/'.join([base.encode(), b'z'])))
        print(path.relpath(fname, base), path.relpath(base, fname), path.relpath(sub, sub))
        print(path.relpath('/a/b/c', '/a/x/y'), path.relpath('/', '/a/b'), path.relpath('a', 'a/b/c'))
        print(path.relpath(b'/a/b', b'/a'), path.relpath('/a/b', start=None) == path.relpath('/a/b'))
        print(path.relpath('x//y/', 'x/./'))
    finally:
        os.chdir(cwd)
    try:
        path.realpath(missing, strict=True)
    except OSError as e:
        print('strict', type(e).__name__, e.errno)
    print(path.realpath(fname, strict=True) == fname)
    print(path.realpath('/') , path.realpath('//'), path.realpath('/..'), path.realpath(b'/./'))

    os.environ['OSPATH_S3G'] = 'val'
    os.environ['HOME'] = '/home/tester/'
    for s in ('$OSPATH_S3G', '${OSPATH_S3G}/x', 'a$OSPATH_S3G.b', '$OSPATH_S3G_NOT/z',
              '${OSPATH_S3G_NOT}', '$', '$$', 'x$', '${', '${OSPATH_S3G', '${}', '$1a', '$ {a}',
              'no dollar', '$OSPATH_S3G$OSPATH_S3G', '${OSPATH_S3G}${OSPATH_S3G}', '$-x',
              '${bad name} $OSPATH_S3G', '~', '~/x', '~root', '~root/y', '~no_such_user_s3g/x',
              'a/~', ''):
        print(repr(s), repr(path.expandvars(s)), repr(path.expandvars(s.encode())),
              repr(path.expanduser(s)), repr(path.expanduser(s.encode())))
    os.environ['HOME'] = '/'
    print(path.expanduser('~'), path.expanduser('~/a'), path.expanduser(b'~'))
finally:
    os.system('rm -rf ' + base)
print(path.exists(base))

# Open file descriptors are accepted where CPython's os.stat takes them.
with open('/dev/null') as f1, open('/dev/null') as f2:
    fd = f1.fileno()
    print(path.exists(fd), path.isfile(fd), path.isdir(fd), path.exists(99999), path.exists(-1))
    print(path.sameopenfile(fd, f2.fileno()), path.getsize(fd))
    try:
        path.getsize(99999)
    except OSError as e:
        print('getsize fd', type(e).__name__, e.errno)

# Without HOME the home directory comes from the password database.
del os.environ['HOME']
print(path.expanduser('~'), path.expanduser('~x/y'))
print(path.expanduser('~').startswith('/'), path.expanduser(b'~/q').endswith(b'/q'))
