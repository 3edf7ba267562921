# A failing initializer breaks a ThreadPoolExecutor: its futures and later
# submit() calls raise BrokenThreadPool, a BrokenExecutor (CPython's class).
from concurrent import futures as cf


def init(*a):
    raise ValueError(a)


ex = cf.ThreadPoolExecutor(1, initializer=init, initargs=(1,))
f = ex.submit(abs, -1)
e = f.exception(5)
print(type(e).__name__, isinstance(e, cf.BrokenExecutor), isinstance(e, RuntimeError))
print(e)
try:
    ex.submit(abs, -2)
except cf.BrokenExecutor as e:
    print("submit", type(e).__name__)
ex.shutdown()
