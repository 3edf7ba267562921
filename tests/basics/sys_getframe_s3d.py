# sys._getframe: code, line, globals, locals and the caller chain.
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer():
    x = 5
    here = sys._getframe()
    print(here.f_code.co_name, here.f_lineno - here.f_code.co_firstlineno)
    print(here.f_back.f_code.co_name)
    print(here.f_globals is globals())
    print(sorted(here.f_locals), here.f_locals["x"])
    print(where())
    return inner()

def inner():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno)
print(top.f_locals is globals(), "top" in top.f_locals)
print(type(top.f_code.co_filename), top.f_code.co_filename == __file__)

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name

print(list(gen()))

class K:
    name = sys._getframe().f_code.co_name
    inside = "name" in sys._getframe().f_locals
print(K.name, K.inside)

lam = lambda: sys._getframe().f_code.co_name
print(lam(), [sys._getframe().f_code.co_name for _ in range(1)][0][:1])

try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)

# A frame kept after its function returned still answers.
def keep():
    y = 3
    return sys._getframe()
k = keep()
print(k.f_code.co_name, k.f_locals, k.f_lineno - k.f_code.co_firstlineno)

# warnings/logging style: find the caller's file and line.
def caller_info(depth=1):
    f = sys._getframe(depth + 1)
    return f.f_code.co_name, f.f_lineno > 0
def api():
    return caller_info()
def user():
    return api()
print(user())

# tb_frame: the code name and file of each traceback entry.
def fails():
    raise ValueError

try:
    fails()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        print(fr.f_code.co_name, fr.f_code.co_filename == __file__, tb.tb_lineno > 0)
        tb = tb.tb_next
