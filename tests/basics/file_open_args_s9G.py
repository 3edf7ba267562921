# open(): argument errors, path-like objects (__fspath__ returning str or bytes,
# or a wrong type), str and bytes subclasses as names, embedded NULs, opener.
import os
fn = "/tmp/file_open_s9G_%d" % os.getpid()
open(fn, "w").close()
cases = [dict(mode="r", buffering=0), dict(mode="r", newline="x"), dict(mode="r", closefd=False), dict(mode="rb", encoding="utf-8"),
         dict(mode="rb", errors="strict"), dict(mode="rb", newline=""), dict(mode="r", buffering=1),
         dict(mode="r", newline=""), dict(mode="r", newline="\n"), dict(mode="r", encoding="latin-1"), dict(mode="r", encoding="nope"),
         dict(mode=1), dict(mode="r", buffering="x"), dict(mode="rb", buffering=-1), dict(mode="r", opener=lambda p, fl: os.open(p, fl))]
for kw in cases:
    try:
        f = open(fn, **kw); print("ok", type(f).__name__ in ("TextIOWrapper", "FileIO", "BufferedReader")); f.close()
    except (ValueError, TypeError, LookupError) as e: print(type(e).__name__)
class P:
    def __fspath__(self): return fn
with open(P()) as f: print(f.name == fn)
try: open(None)
except TypeError: print("TypeError")
try: open(fn, "r", -1, None, None, None, True, None, 1)
except TypeError: print("TypeError args")
os.remove(fn)
fn = "/tmp/file_open2_s9G_%d" % os.getpid()
with open(fn, "w") as f: f.write("hi\n")
class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
for p in (P(fn), P(fn.encode()), P(1), "/tmp/a\0b", b"/tmp/a\0b", P("/tmp/a\0b"), None, 1.5, [fn]):
    try:
        with open(p) as f: print(f.name == p or f.name in (fn, fn.encode()), f.read())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: open(P(fn + "_missing"))
except OSError as e: print(type(e).__name__, e.filename == fn + "_missing", e.errno)
try: open(P(fn), closefd=False)
except ValueError as e: print(e)
with open(P(fn), opener=lambda p, fl: os.open(p, fl)) as f: print(f.read(), f.name == fn)
print(open(fn, "rb").name == fn, open(fn.encode()).name == fn.encode())
os.remove(fn)
class S(str):
    pass


class B(bytes):
    pass


with open(fn, "w") as f:
    f.write("sub\n")
for p in (S(fn), B(fn.encode())):
    with open(p) as f:
        print(type(f.name).__name__, f.readline())
os.remove(fn)

# the mode of a binary file (and of a text file's buffer) as CPython's FileIO
# shows it; a text file keeps the mode given
import sys
fn = "/tmp/file_mode_s9G_%d" % os.getpid()
for m in ("w", "wb", "w+b", "wb+", "bw", "r+b", "rb", "br", "ab", "a+b", "r", "rt", "w+", "a+", "r+"):
    f = open(fn, m); print(m, f.mode, f.buffer.mode if hasattr(f, "buffer") else "-"); f.close()
os.remove(fn)
for m in ("xb", "x+b", "x"):
    f = open(fn, m); print(m, f.mode); f.close(); os.remove(fn)
f = open(fn, "wb", buffering=0); print(f.mode); f.close()
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.mode)
fd = os.open(fn, os.O_RDONLY); f = open(fd, "rb"); print(f.mode); f.close()
os.remove(fn)
