# linecache (attrs, outcome and warnings use it) and posixpath (os.path by
# its POSIX name), compared with CPython.
import linecache
import os
import posixpath
import sys

name = "linecache_s10.tmp-test"
with open(name, "w") as f:
    f.write("first\nsecond\nno newline at end")
print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 3)))
print(repr(linecache.getline(name, 0)), repr(linecache.getline(name, 4)))
print(len(linecache.getlines(name)), linecache.cache[name][2] is linecache.getlines(name))
# changed on disk: checkcache drops the entry, the next read sees the change
with open(name, "w") as f:
    f.write("changed and longer than before\n")
linecache.checkcache(name)
print(name in linecache.cache, repr(linecache.getline(name, 1)))
os.remove(name)
linecache.checkcache()
print(name in linecache.cache, repr(linecache.getline(name, 1)))
print(repr(linecache.getline("<string>", 1)), linecache.getlines("no-such-file.py"))
# lines put in by hand are kept (mtime None)
linecache.cache["<mine>"] = (5, None, ["a\n", "b\n"], "<mine>")
linecache.checkcache()
print(linecache.getline("<mine>", 2), end="")
print(linecache.lazycache("x.py", None))
linecache.clearcache()
print(linecache.cache)
# a relative name is also looked for on sys.path
here = os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else "."
sys.path.insert(0, here)
base = os.path.basename(__file__) if "__file__" in globals() else None
if base:
    os.chdir("/")
    print(repr(linecache.getline(base, 1)))
    os.chdir(here)
sys.path.pop(0)

print(posixpath.join("a", "b", "c"), posixpath.normpath("/a/./b/../c"), posixpath.sep)
print(posixpath.splitext("x.tar.gz"), posixpath.basename("/p/q"), posixpath.isabs("/x"))
print(posixpath.join is os.path.join, "join" in posixpath.__all__)
