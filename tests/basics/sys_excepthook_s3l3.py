# sys.excepthook and sys.__excepthook__ report an exception on sys.stderr.
import sys, io
def f(): raise ValueError("boom")
try:
    f()
except ValueError:
    t, v, tb = sys.exc_info()
old = sys.stderr
sys.stderr = io.StringIO()
sys.__excepthook__(t, v, tb)
out = sys.stderr.getvalue()
sys.stderr = old
print(out.splitlines()[0], out.splitlines()[-1])
print(sys.excepthook is sys.__excepthook__)
