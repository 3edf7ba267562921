# tempfile: mkstemp/mkdtemp names and modes, NamedTemporaryFile and
# TemporaryDirectory clean-up, TemporaryFile, SpooledTemporaryFile rollover.
import os, tempfile

d = tempfile.gettempdir()
print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempprefix(), tempfile.gettempdirb() == d.encode())
fd, name = tempfile.mkstemp(suffix=".txt", prefix="pre_")
base = os.path.basename(name)
print(os.path.dirname(name) == d, base.startswith("pre_"), base.endswith(".txt"), len(base))
print(oct(os.stat(name).st_mode & 0o777))
os.write(fd, b"hi")
os.close(fd)
with open(name) as f:
    print(f.read())
os.unlink(name)
td = tempfile.mkdtemp(prefix="dd")
print(os.path.isdir(td), oct(os.stat(td).st_mode & 0o777), os.path.basename(td).startswith("dd"))
fd, name = tempfile.mkstemp(dir=td)
os.close(fd)
print(os.path.dirname(name) == td)
with tempfile.NamedTemporaryFile(dir=td, suffix=".x") as f:
    f.write(b"abc")
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith(".x"))
    n = f.name
print(os.path.exists(n), f.closed)
f = tempfile.NamedTemporaryFile("w+", delete=False, dir=td)
f.write("text\n")
f.close()
print(open(f.name).read(), end="")
with tempfile.TemporaryFile("w+") as t:
    t.write("one\ntwo\n")
    t.seek(0)
    print(t.readlines())
with tempfile.TemporaryDirectory(prefix="tdx") as tdd:
    print(os.path.isdir(tdd), os.path.basename(tdd).startswith("tdx"))
    os.mkdir(os.path.join(tdd, "sub"))
    open(os.path.join(tdd, "sub", "f"), "w").close()
print(os.path.exists(tdd))
t = tempfile.TemporaryDirectory(dir=td)
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b"12345")
print(s._rolled, s.name)
s.write(b"678901234")
print(s._rolled, isinstance(s.name, int))
s.seek(0)
print(s.read())
s.close()
with tempfile.SpooledTemporaryFile(mode="w+") as s:
    s.write("abc")
    s.seek(0)
    print(s.read(), s.closed)
print(s.closed)
import shutil
shutil.rmtree(td)
print(os.path.exists(td))
