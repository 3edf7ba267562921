# glob: wildcards, hidden files, recursive '**', root_dir, escape (results sorted: order is the OS's)
import glob, os
T = '/tmp/glob_s3h_%d' % os.getpid()
def mk(d):
    os.mkdir(d)
def touch(f):
    open(f, 'w').close()
mk(T)
for d in ['a', 'a/b', 'a/b/c', 'd', '.hid', 'a/.h2']:
    mk(T + '/' + d)
for f in ['x.py', 'y.txt', '.dot.py', 'a/z.py', 'a/b/w.py', 'a/b/c/v.txt', 'd/u.py', '.hid/q.py', 'a/.h2/r.py', 'a/[x].py', 'a/b/.e.py']:
    touch(T + '/' + f)
os.chdir(T)
pats = ['*', '*.py', '.*', '*/', 'a/*', 'a/*/', '*/*.py', '**', '**/', '**/*.py', 'a/**', 'a/**/*.py', 'a/**/', '**/b/*',
        'nope/*', 'a/b', 'a/b/', 'a/nope', '?.py', '[xy].*', 'a/[[]x].py', 'a/' + glob.escape('[x].py'), 'a/b/c/*.txt',
        '**/*.txt', '*/b', '', '.hid/*', '.*/*.py', 'a/*/*/*']
for p in pats:
    print(repr(p), sorted(glob.glob(p)), sorted(glob.glob(p, recursive=True)))
print(sorted(glob.glob('**', recursive=True, include_hidden=True)))
print(sorted(glob.glob('*.py', root_dir=T + '/a')))
print(sorted(glob.glob('**/*.py', root_dir='a', recursive=True)))
print(sorted(glob.glob(T + '/a/*.py')) == [T + '/a/[x].py', T + '/a/z.py'])
print(sorted(glob.glob(b'*.py')))
print(sorted(glob.iglob('a/b/*')))
print(glob.escape('a*b?c[d]'), glob.has_magic('a[b'), glob.has_magic('abc'))
os.chdir('/tmp')
def rm(p):
    for n in os.listdir(p):
        q = p + '/' + n
        try:
            os.listdir(q)
            rm(q)
        except OSError:
            os.remove(q)
    os.rmdir(p)
rm(T)
print(os.listdir('/tmp').count(T[5:]))
