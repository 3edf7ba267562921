import sys, os, tempfile, importlib
def W(p, t):
    with open(p, "w") as f: f.write(t)
d = tempfile.mkdtemp(); sys.path.insert(0, d)
os.makedirs(d + "/pk/sub")
W(d + "/pk/__init__.py", ""); W(d + "/pk/sub/__init__.py", "")
W(d + "/pk/a.py", "X = 1\n")
W(d + "/pk/sub/b.py", "Y = 2\n")
W(d + "/rm.py", "N = 1\ndef f(): return N\n")
print(importlib.import_module(".a", "pk").X, importlib.import_module("..a", "pk.sub").X, importlib.import_module(".sub.b", "pk").Y, importlib.import_module(".", "pk").__name__)
for args in [(".a",), ("...a", "pk.sub"), ("nonexist_q",)]:
    try: importlib.import_module(*args)
    except (TypeError, ImportError) as e: print(type(e).__name__)
import rm
f = rm.f
print(rm.N, f())
W(d + "/rm.py", "N = 2\ndef f(): return N * 10\n")
r = importlib.reload(rm)
print(r is rm, rm.N, rm.f(), f(), sys.modules["rm"] is rm)

rm.N = 7
print(rm.f(), f())
import json
print(importlib.reload(json) is json, json.dumps([1]))
import os.path
print(importlib.reload(os.path) is os.path)
import shutil; shutil.rmtree(d)
