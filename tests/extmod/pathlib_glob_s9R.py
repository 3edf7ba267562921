# pathlib glob/rglob on a temporary tree (results sorted: directory order is the OS's)
import os
from pathlib import Path

base = Path('/tmp') / ('pathlib_glob_s9R_%d' % os.getpid())

def rel(ps):
    return sorted(p.relative_to(base).as_posix() for p in ps)

def t(pat, where=None, r=False):
    w = where or base
    try:
        print(repr(pat), rel(w.rglob(pat) if r else w.glob(pat)))
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

try:
    for d in ['a/b/c', 'a/d', 'e', '.hid/x', 'f.d']:
        (base / d).mkdir(parents=True)
    for f in ['1.py', '2.txt', 'a/3.py', 'a/b/4.py', 'a/b/c/5.py', 'a/b/c/6.txt', 'a/d/7.py',
              '.hid/8.py', '.hid/x/9.py', '.dot.py', 'e/[x].py', 'f.d/10.py']:
        (base / f).write_text(f)
    (base / 'lnk').symlink_to(base / 'a')
    for pat in ['*', '*.py', '*.txt', '?.py', '[12].*', '[!1].*', 'a/*', 'a/*.py', '*/*.py', '*/*/*.py',
                '**', '**/', '**/*.py', 'a/**/*.py', '**/c/*', 'a/**', '*/', 'a/b', 'a/b/', 'nope',
                'nope/*', '1.py', '1.py/', '.*', '.hid/*', 'e/*', 'e/[[]x].py', '**/*.txt', 'a//b',
                './a/b', '*.d', 'lnk/*', 'lnk/**/*.py', '**/4.py']:
        t(pat)
    for pat in ['', '/abs', '/', 'a**', 'a/x**/b', '***']:
        t(pat)
    for pat in ['*.py', '*.txt', 'c', 'c/*', '*', 'x/*.py', '4.py']:
        t(pat, r=True)
    t('*.py', base / 'a')
    t('*', base / 'nope')
    t('*', base / '1.py')
    t('*.py', base / 'a', r=True)
    t('', r=True)
    g = base.glob('')
    print(type(g).__name__ in ('generator',))
    try:
        next(g)
    except ValueError as e:
        print('ValueError', e)
    print(type(next(base.glob('a'))).__name__)
    # results are the relative path objects, not absolute ones, for a relative base
    old = os.getcwd()
    os.chdir(str(base))
    try:
        print(sorted(str(p) for p in Path('.').glob('*.py')), sorted(str(p) for p in Path('a').rglob('*.txt')),
              sorted(str(p) for p in Path().glob('a/*')))
    finally:
        os.chdir(old)
finally:
    import shutil
    shutil.rmtree(str(base))
print(base.exists())
