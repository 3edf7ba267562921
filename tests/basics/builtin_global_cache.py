# LOAD_GLOBAL caches where a builtin was found and skips the globals while
# they cannot have gained that name: every way of giving the globals the name
# must still be seen, and a miss in one globals dict must not hold for another.
import builtins


def use_len():
    return len("abc")


def use_len_twice():
    return len("ab"), len("abcd")


print("plain", use_len(), use_len())

# A global of the same name shadows the builtin, then goes away again.
len = lambda s: "shadow"
print("shadowed", use_len())
del len
print("unshadowed", use_len())

# Through the globals dict from Python.
globals()["len"] = lambda s: "via globals()"
print("globals()", use_len())
del globals()["len"]
print("removed", use_len())
globals().setdefault("len", lambda s: "setdefault")
print("setdefault", use_len())
globals().pop("len")
globals().update({"len": lambda s: "update"})
print("update", use_len())
del globals()["len"]
print("back", use_len_twice())

# Many new globals (the dict is rebuilt and resized), then the name.
for i in range(200):
    globals()["filler_%d" % i] = i
print("resized", use_len())
globals()["len"] = lambda s: "after resize"
print("resized shadow", use_len())
for i in range(200):
    del globals()["filler_%d" % i]
del globals()["len"]
print("resized back", use_len())

# The builtin itself replaced and restored.
orig_len = builtins.len
builtins.len = lambda s: "replaced builtin"
print("builtins.len", use_len())
builtins.len = orig_len
print("restored", use_len())

# The same code on other globals.
code = compile("r = len('xy')", "<s>", "exec")
g1 = {}
g2 = {"len": lambda s: "g2"}
for g in (g1, g2, g1, g2):
    exec(code, g)
    print("exec", g["r"])
g1["len"] = lambda s: "g1 later"
exec(code, g1)
print("exec later", g1["r"])
del g1["len"]
exec(code, g1)
print("exec removed", g1["r"])
g2.clear()
exec(code, g2)
print("exec cleared", g2["r"])
g2["len"] = lambda s: "g2 again"
exec(code, g2)
print("exec again", g2["r"])

# A function's code run with other globals (FunctionType(code, g)).
FunctionType = type(use_len)
f_plain = FunctionType(use_len.__code__, {})
f_shadow = FunctionType(use_len.__code__, {"len": lambda s: "fn globals"})
for f in (f_plain, f_shadow, f_plain, f_shadow, use_len):
    print("function", f())
ns = {}
f_late = FunctionType(use_len.__code__, ns)
print("function late", f_late())
ns["len"] = lambda s: "late"
print("function late", f_late())

# Fresh dicts, one after another (a new dict may reuse a freed one's memory).
for i in range(20):
    g = {} if i % 2 else {"len": lambda s: "odd"}
    exec(code, g)
    if i < 4:
        print("fresh", i, g["r"])

# Another thread gives the globals the name while this one is using it.
try:
    import _thread
except ImportError:
    _thread = None
if _thread is not None:
    lock = _thread.allocate_lock()
    lock.acquire()

    def shadow():
        globals()["len"] = lambda s: "from thread"
        lock.release()

    before = use_len()
    _thread.start_new_thread(shadow, ())
    lock.acquire()
    print("thread", before, use_len())
    del globals()["len"]
    print("thread back", use_len())
else:
    print("thread", 3, "from thread")
    print("thread back", 3)
