# `from pkg import sub`: an ImportError raised inside sub (a module sub
# imports is missing) is reported as it is, not as "cannot import name".
import os
import sys

base = "/tmp/s3d_import_%d" % os.getpid()
pkg = base + "/s3dpkg"
os.mkdir(base)
os.mkdir(pkg)
with open(pkg + "/__init__.py", "w") as f:
    f.write("")
with open(pkg + "/broken.py", "w") as f:
    f.write("import s3d_no_such_module\n")
with open(pkg + "/good.py", "w") as f:
    f.write("value = 42\n")
sys.path.insert(0, base)
try:
    try:
        from s3dpkg import broken
    except ImportError as e:
        print(type(e).__name__, e, e.name)
    try:
        from s3dpkg import missing
    except ImportError as e:
        print(type(e).__name__, str(e).split(" (")[0], e.name)
    from s3dpkg import good
    print(good.value)
finally:
    sys.path.remove(base)
    for name in ("__init__.py", "broken.py", "good.py"):
        os.remove(pkg + "/" + name)
    for d in os.listdir(pkg):
        # (CPython leaves a __pycache__ directory)
        for g in os.listdir(pkg + "/" + d):
            os.remove(pkg + "/" + d + "/" + g)
        os.rmdir(pkg + "/" + d)
    os.rmdir(pkg)
    os.rmdir(base)
