# os.walk: top-down (with pruning through the yielded list), bottom-up,
# followlinks, onerror, bytes and path-like tops.
import os

d = '/tmp/os_walk_s3i_%d' % os.getpid()


def show(it):
    for top, dirs, files in it:
        print(top.replace(d, 'D'), sorted(dirs), sorted(files))


class P:
    def __fspath__(self):
        return d


os.makedirs(d + '/a/b/c')
os.makedirs(d + '/x/y')
try:
    for p in ('f1', 'a/f2', 'a/b/f3', 'x/y/f4'):
        with open(d + '/' + p, 'w') as f:
            f.write(p)
    os.symlink('x', d + '/a/lx')
    print('topdown')
    res = []
    for top, dirs, files in os.walk(d):
        dirs.sort()
        res.append((top.replace(d, 'D'), list(dirs), sorted(files)))
    print(res)
    print('bottomup')
    res = []
    for top, dirs, files in os.walk(d, topdown=False):
        res.append((top.replace(d, 'D'), sorted(dirs), sorted(files)))
    print(sorted(res))
    print('followlinks')
    print(sorted((t.replace(d, 'D'), sorted(ds), sorted(fs)) for t, ds, fs in os.walk(d, followlinks=True)))
    print(sorted((t.replace(d, 'D'), sorted(ds), sorted(fs)) for t, ds, fs in os.walk(d, False, None, True)))
    print('pruned')
    for top, dirs, files in os.walk(d):
        dirs[:] = [x for x in sorted(dirs) if x != 'b']
        print(top.replace(d, 'D'), dirs, sorted(files))
    print('bytes')
    for top, dirs, files in os.walk(d.encode() + b'/x'):
        print(top.replace(d.encode(), b'D'), dirs, files)
    print('pathlike')
    print(sorted(t.replace(d, 'D') for t, ds, fs in os.walk(P())))
    print('trailing slash')
    print(sorted(t.replace(d, 'D') for t, ds, fs in os.walk(d + '/x/')))
finally:
    os.remove(d + '/a/lx')
    for p in ('f1', 'a/f2', 'a/b/f3', 'x/y/f4'):
        os.remove(d + '/' + p)
    for p in ('a/b/c', 'a/b', 'a', 'x/y', 'x', ''):
        os.rmdir(d + '/' + p)

errors = []
print(list(os.walk(d + '/missing', onerror=errors.append)))
print(len(errors), type(errors[0]).__name__, errors[0].errno, errors[0].filename == d + '/missing')
print(list(os.walk(d + '/missing')))
try:
    os.walk(5).__next__()
except TypeError:
    print('TypeError')
