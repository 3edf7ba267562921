# sys.displayhook: 'single' code (the REPL) hands each expression statement's
# value to it; the default one (also sys.__displayhook__) prints the repr and
# keeps the value as builtins._ (None is neither printed nor kept).
import sys
import builtins

print(sys.displayhook is sys.__displayhook__, callable(sys.displayhook))

seen = []


def hook(value):
    seen.append(value)


sys.displayhook = hook
exec(compile("6 * 7", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))  # not an expression: no call
sys.displayhook = sys.__displayhook__
print("hook saw", seen)

# the default hook: repr on sys.stdout, builtins._ set
exec(compile("'ab' * 2", "<s>", "single"))
print("_ is", builtins._)
sys.__displayhook__(None)
print("_ after None", builtins._)
sys.displayhook([1, 2])
print("_ now", builtins._)


# a hook that raises: the error comes out of the exec
def bad(value):
    raise ValueError("bad hook")


sys.displayhook = bad
try:
    exec(compile("1", "<s>", "single"))
except ValueError as e:
    print("ValueError", e)

# no hook at all
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
exec(compile("3", "<s>", "single"))

# sys.is_finalizing(): False while the program runs
print("is_finalizing", sys.is_finalizing())
