# shutil: copyfileobj, copyfile/copy/copy2 (mode, mtime), copytree with
# ignore, move (file and tree), rmtree (and its errors), which, terminal size.
import io, os, shutil, tempfile

root = tempfile.mkdtemp()
def p(*a):
    return os.path.join(root, *a)
def tree(top):
    out = []
    for dp, dns, fns in os.walk(top):
        for n in sorted(fns):
            out.append(os.path.relpath(os.path.join(dp, n), top))
    return sorted(out)

src = io.BytesIO(b"x" * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 1000)
print(len(dst.getvalue()))
with open(p("a.txt"), "w") as f:
    f.write("hello\n")
os.chmod(p("a.txt"), 0o640)
os.utime(p("a.txt"), (1000000000, 1000000000))
print(shutil.copyfile(p("a.txt"), p("b.txt")) == p("b.txt"), open(p("b.txt")).read(), end="")
try:
    shutil.copyfile(p("a.txt"), p("a.txt"))
except shutil.SameFileError as e:
    print("SameFileError", isinstance(e, OSError))
os.mkdir(p("d"))
print(shutil.copy(p("a.txt"), p("d")) == p("d", "a.txt"), oct(os.stat(p("d", "a.txt")).st_mode & 0o777))
print(shutil.copy2(p("a.txt"), p("c.txt")) == p("c.txt"), os.stat(p("c.txt")).st_mtime)
try:
    shutil.copyfile(p("missing"), p("x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.makedirs(p("d", "sub", "deep"))
open(p("d", "sub", "deep", "f.py"), "w").close()
open(p("d", "sub", "g.pyc"), "w").close()
shutil.copytree(p("d"), p("d2"), ignore=shutil.ignore_patterns("*.pyc"))
print(tree(p("d2")))
try:
    shutil.copytree(p("d"), p("d2"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
shutil.copytree(p("d"), p("d2"), dirs_exist_ok=True)
print(tree(p("d2")))
print(shutil.move(p("b.txt"), p("d2")) == p("d2", "b.txt"), os.path.exists(p("b.txt")))
print(shutil.move(p("c.txt"), p("e.txt")) == p("e.txt"))
shutil.move(p("d2"), p("d3"))
print(os.path.exists(p("d2")), tree(p("d3")))
try:
    shutil.move(p("d3", "b.txt"), p("d3", "sub", "..", ""))
except shutil.Error as e:
    print("Error", type(e).__name__)
shutil.rmtree(p("d3"))
print(os.path.exists(p("d3")))
try:
    shutil.rmtree(p("nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(p("nope"), ignore_errors=True)
calls = []
shutil.rmtree(p("nope"), onerror=lambda f, path, exc: calls.append((f.__name__, exc[0].__name__)))
print(calls)
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"), shutil.which("sh", path=""))
print(shutil.which(p("a.txt")))
os.environ["COLUMNS"] = "33"
os.environ["LINES"] = "7"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"]
del os.environ["LINES"]
print(tuple(shutil.get_terminal_size((11, 22))) in ((11, 22),) or os.isatty(1))
shutil.rmtree(root)
print(os.path.exists(root))
