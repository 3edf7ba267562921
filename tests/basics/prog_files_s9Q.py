# file I/O: writing, reading, seeking, line processing, os.path, tempdir handling
import os, sys, io
import tempfile, shutil

base = tempfile.mkdtemp()
path = os.path.join(base, "notes.txt")
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third: %d\n" % 3)
    print("last line without newline", end="", file=f)
print(n, os.path.exists(path), os.path.getsize(path), os.path.basename(path), os.path.splitext(path)[1])
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n").upper())
with open(path, "a") as f:
    f.writelines(["\nappended 1", "\nappended 2\n"])
with open(path) as f:
    data = f.read()
print(len(data), data.count("\n"), data.splitlines()[-2:])
with open(path, "rb") as f:
    head = f.read(5)
    print(head, f.tell())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read(1), f.read(0), type(f.read(2)).__name__)
with open(path, "r+") as f:
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(f.readline().rstrip())
bpath = os.path.join(base, "data.bin")
with open(bpath, "wb") as f:
    f.write(bytes(range(256)))
    f.write(bytearray(b"\x00" * 4))
with open(bpath, "rb") as f:
    blob = f.read()
print(len(blob), blob[250:], sum(blob))
buf = bytearray(10)
with open(bpath, "rb") as f:
    f.seek(100)
    print(f.readinto(buf), buf)
os.mkdir(os.path.join(base, "sub"))
for name in ["b.py", "a.txt", "c.py"]:
    with open(os.path.join(base, "sub", name), "w") as f:
        f.write(name * 2)
print(sorted(os.listdir(os.path.join(base, "sub"))), os.path.isdir(os.path.join(base, "sub")), os.path.isfile(bpath))
walk = []
for root, dirs, files in os.walk(base):
    walk.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print(sorted(walk))
os.rename(os.path.join(base, "sub", "a.txt"), os.path.join(base, "sub", "z.txt"))
os.remove(os.path.join(base, "sub", "b.py"))
print(sorted(os.listdir(os.path.join(base, "sub"))))
try:
    open(os.path.join(base, "nope.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
except OSError as e:
    print("OSError", e.errno)
try:
    os.mkdir(os.path.join(base, "sub"))
except FileExistsError:
    print("FileExistsError")
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.dirname("/x/y/"), os.path.normpath("/a/./b/../c//d"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.isabs("/a"), os.path.isabs("a"))
shutil.rmtree(base)
print(os.path.exists(base))
sio = io.StringIO("alpha\nbeta\ngamma\n")
print([l.strip() for l in sio], sio.tell(), sio.read())
sio = io.StringIO()
sio.write("x" * 3)
sio.seek(1)
sio.write("Y")
print(sio.getvalue())
bio = io.BytesIO(b"abcdef")
bio.seek(2)
print(bio.read(2), bio.tell(), bio.getvalue())
bio.seek(0, 2); bio.write(b"gh"); print(bio.getvalue())
print(sys.stdout.write("direct\n"))
print("a", "b", sep="-", end="|\n")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
sys.stdout.flush()
