# LOAD_GLOBAL / LOAD_NAME remember where a name was found: every change of
# the globals or builtins must still be seen.
import builtins

x = 1
def get_x():
    return x
print(get_x(), get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError", e)
x = 3
print(get_x())

# Table rebuilt (many names added and removed): positions move.
for k in range(200):
    globals()["tmp%d" % k] = k
print(get_x())
for k in range(200):
    del globals()["tmp%d" % k]
print(get_x())
globals()["late"] = 9
print(get_x(), late)

# A builtin, then a global shadowing it, then the builtin again.
def use_len():
    return len([1, 2, 3])
print(use_len(), use_len())
len = lambda s: "global len"
print(use_len())
del len
print(use_len())
# The builtin itself replaced, then removed.
orig_len = builtins.len
builtins.len = lambda s: "patched"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError", e)
builtins.len = orig_len
print(use_len())

# The same code run with different globals dicts (different layouts).
src = "def f():\n    return a + b\n"
g1 = {"a": 1, "b": 2}
g2 = {"pad1": 0, "pad2": 0, "b": 20, "a": 10}
exec(src, g1)
exec(src, g2)
for _ in range(3):
    print(g1["f"](), g2["f"]())
code = compile("r = a * b", "<s>", "exec")
for g in (g1, g2, g1, {"a": 5, "b": 5}):
    exec(code, g)
    print(g["r"])
# Separate locals: LOAD_NAME looks there first.
loc = {"a": 100}
exec(code, g1, loc)
print(loc["r"], g1["r"])

# Module-level names: deleted, shadowing a builtin, a class body.
y = 5
for i in range(3):
    y = y + i
print(y)
del y
try:
    y
except NameError as e:
    print("NameError", e)
abs = lambda v: "shadow"
print(abs(-1))
del abs
print(abs(-1))
class C:
    z = 7
    w = z + get_x()
print(C.w)

# A globals dict whose keys are not all names.
g3 = {1: "one", "a": 1, "b": 2}
exec(src, g3)
print(g3["f"](), g3["f"]())
g3["a"] = 40
print(g3["f"]())
