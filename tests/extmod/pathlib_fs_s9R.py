# pathlib concrete paths on a temporary folder: queries, files, directories, links
import os
from pathlib import Path, PurePath

base = Path('/tmp') / ('pathlib_fs_s9R_%d' % os.getpid())
base.mkdir()

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r).replace(str(base), 'BASE'))
    except OSError as e:
        # not str(e): the os module here keeps the path object as filename
        print(type(e).__name__, e.errno)
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), 'BASE'))

def rel(ps):
    return sorted(str(p.relative_to(base)) for p in ps)

try:
    d = base / 'd'
    t(d.mkdir)
    t(d.mkdir)
    t(d.mkdir, exist_ok=True)
    t((base / 'x/y/z').mkdir)
    t((base / 'x/y/z').mkdir, parents=True)
    t((base / 'x/y').mkdir, parents=True, exist_ok=True)
    f = d / 'f.txt'
    t(f.write_text, 'héllo\nwörld\n')
    t(f.read_text)
    t(f.read_text, encoding='latin-1')
    t(f.read_bytes)
    t(f.write_bytes, b'\x00\x01bin')
    t(f.write_bytes, bytearray(b'ba'))
    t(f.read_bytes)
    t(f.write_text, b'no')
    t(f.write_bytes, 'no')
    t(f.write_text, 'a\nb\n', newline='')
    with f.open() as fh:
        print(fh.readlines())
    with f.open('a') as fh:
        fh.write('c\n')
    with f.open('rb') as fh:
        print(fh.read())
    for p in [base, d, f, base / 'missing', f / 'under_file', Path('')]:
        print(str(p).replace(str(base), 'BASE'), p.exists(), p.is_dir(), p.is_file(), p.is_symlink(),
              p.is_fifo(), p.is_socket(), p.is_block_device(), p.is_char_device())
    print(Path('/dev/null').is_char_device(), Path('/').is_mount(), d.is_mount())
    print(f.stat().st_size, f.lstat().st_size, f.stat().st_mode & 0o170000 == 0o100000)
    t((base / 'missing').stat)
    # touch
    g = d / 'g'
    t(g.touch)
    t(g.touch)
    t(g.touch, exist_ok=False)
    print(g.exists(), g.stat().st_size)
    # iterdir
    print(rel(base.iterdir()), rel(d.iterdir()))
    it = (base / 'missing').iterdir()
    t(next, it)
    # rename / replace
    h = g.rename(d / 'h')
    print(type(h).__name__, str(h.relative_to(base)), g.exists(), h.exists())
    h2 = h.replace(str(d / 'h2'))
    print(type(h2).__name__, h.exists(), h2.exists())
    t(g.rename, d / 'q')
    # unlink / rmdir
    t(h2.unlink)
    t(h2.unlink)
    t(h2.unlink, missing_ok=True)
    t(d.rmdir)
    t((base / 'x/y/z').rmdir)
    print((base / 'x/y/z').exists())
    # chmod
    f.chmod(0o600)
    print(oct(f.stat().st_mode & 0o777))
    f.chmod(0o644)
    print(oct(f.stat().st_mode & 0o777))
    # links
    ln = base / 'ln'
    t(ln.symlink_to, 'd/f.txt')
    print(ln.is_symlink(), ln.is_file(), ln.exists(), ln.readlink(), type(ln.readlink()).__name__)
    print(ln.lstat().st_mode & 0o170000 == 0o120000, ln.samefile(f), ln.samefile(str(f)), f.samefile(d))
    t(f.samefile, base / 'nope')
    t(f.readlink)
    dl = base / 'dangling'
    dl.symlink_to(base / 'nowhere')
    print(dl.exists(), dl.is_symlink(), dl.is_file())
    hl = base / 'hard'
    hl.hardlink_to(f)
    print(hl.samefile(f), hl.read_text() == f.read_text())
    dlnk = base / 'dlink'
    dlnk.symlink_to(d, target_is_directory=True)
    print(dlnk.is_dir(), dlnk.is_symlink(), rel(dlnk.iterdir()))
    # resolve / absolute / cwd / home / expanduser
    print(str(ln.resolve().relative_to(base.resolve())), str(dl.resolve().relative_to(base.resolve())))
    t(dl.resolve, strict=True)
    t((base / 'nope').resolve, strict=True)
    old = os.getcwd()
    os.chdir(str(d))
    try:
        print(Path.cwd() == d.resolve(), Path('f.txt').absolute() == Path.cwd() / 'f.txt',
              Path('.').absolute() == Path.cwd(), Path('/a').absolute(), Path('f.txt').resolve() == f.resolve(),
              Path('.').resolve() == Path.cwd(), Path('nope/../x').resolve() == Path.cwd() / 'x',
              Path('f.txt').exists(), Path().is_dir())
    finally:
        os.chdir(old)
    print(type(Path.cwd()).__name__, Path.home() == Path(os.path.expanduser('~')),
          Path('~/x').expanduser() == Path.home() / 'x', Path('a/~').expanduser(), Path('/~').expanduser())
    t(Path('~nosuchuser_s9R/x').expanduser)
    # os functions accept paths
    print(os.path.exists(f), os.path.join(d, 'z') == str(d) + '/z', sorted(os.listdir(d)))
    with open(f) as fh:
        print(len(fh.read()))
finally:
    import shutil
    shutil.rmtree(str(base))
print(base.exists())
