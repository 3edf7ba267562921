# os.path.realpath / islink / lexists / samefile with symbolic links (made
# with ln -s through os.system so that both interpreters build the same tree).
import os
from os import path

if not hasattr(os, 'readlink'):
    print('SKIP')
    raise SystemExit

base = path.realpath('/tmp') + '/ospath_link_s3g_%d' % os.getpid()
os.mkdir(base)
try:
    os.mkdir(base + '/d')
    os.mkdir(base + '/d/e')
    with open(base + '/d/e/f', 'w') as f:
        f.write('x')
    cmds = ['ln -s d/e %s/toe', 'ln -s e/f %s/d/tof', 'ln -s ../d %s/d/e/up',
            'ln -s %s/d/e/f %s/abs'.replace('%s/d/e/f', base + '/d/e/f'), 'ln -s nothing %s/dangling',
            'ln -s loop2 %s/loop1', 'ln -s loop1 %s/loop2', 'ln -s . %s/self', 'ln -s toe/up %s/chain']
    for c in cmds:
        os.system(c % base)

    def show(p):
        r = path.realpath(base + '/' + p)
        print(p, '->', r.replace(base, 'BASE'))

    for p in ('toe', 'toe/f', 'd/tof', 'toe/up', 'toe/up/e/f', 'toe/up/../d', 'abs', 'dangling',
              'dangling/x', 'loop1', 'loop1/x', 'self', 'self/self/d', 'chain/e', 'toe/..',
              'd/tof/..', 'abs/..'):
        show(p)
    print(path.realpath((base + '/toe/f').encode()) == (base + '/d/e/f').encode())
    for p in ('toe', 'dangling', 'd', 'abs', 'loop1'):
        q = base + '/' + p
        print(p, path.islink(q), path.exists(q), path.lexists(q), path.isdir(q), path.isfile(q),
              path.ismount(q))
    print(path.samefile(base + '/abs', base + '/d/e/f'))
    for p in ('dangling', 'loop1'):
        try:
            path.realpath(base + '/' + p, strict=True)
            print(p, 'no error')
        except OSError as e:
            print(p, 'strict', type(e).__name__, e.errno)
    print(path.realpath(base + '/toe/f', strict=True).replace(base, 'BASE'))
    cwd = os.getcwd()
    os.chdir(base + '/toe')
    try:
        print(path.realpath('up').replace(base, 'BASE'), path.realpath('.').replace(base, 'BASE'))
        print(path.abspath('up/..').replace(base, 'BASE'))
    finally:
        os.chdir(cwd)
finally:
    os.system('rm -rf ' + base)
print(path.lexists(base))
