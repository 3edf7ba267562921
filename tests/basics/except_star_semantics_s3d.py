# except*: what the clause body sees, bare raise, single results unwrapped,
# break/continue/return refused; ExceptionGroup split details.
import sys

def show(e):
    if isinstance(e, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(e).__name__, e.message, ", ".join(show(x) for x in e.exceptions))
    return repr(e)

# sys.exception() inside the clause is the matched part.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("match", show(e), sys.exception() is e)
    except* TypeError:
        print("unnamed", show(sys.exception()))
except Exception as e:
    print("unexpected", show(e))
print("after", sys.exception())

# A bare raise of a plain exception comes out wrapped.
try:
    try:
        raise ValueError(42)
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", show(e))

# One new exception replacing the whole group is raised as itself.
try:
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2)])
    except* (TypeError, ValueError):
        raise KeyError(3)
except KeyError as e:
    print("single", repr(e), show(e.__context__))

# Two raised: a new group.
try:
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2)])
    except* TypeError:
        raise KeyError("t")
    except* ValueError:
        raise KeyError("v")
except ExceptionGroup as e:
    print("two", show(e))

# Unhandled rest is re-raised with what was not matched.
try:
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2), OSError(3)])
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("rest", show(e))

for src in ["for x in y:\n  try:\n    pass\n  except* E:\n    break",
            "for x in y:\n  try:\n    pass\n  except* E:\n    continue",
            "def f():\n  try:\n    pass\n  except* E:\n    return 1",
            "try:\n  pass\nexcept* E:\n  for x in y:\n    break",
            "try:\n  pass\nexcept* E:\n  def g():\n    return 1"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# split() keeps notes (a copy), cause and context; fields are read-only.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("n1")
eg.__cause__ = KeyError("c")
m, r = eg.split(ValueError)
print(show(m), show(r), m.__notes__, m.__notes__ is eg.__notes__, repr(m.__cause__))
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError", e)
print(m is not eg, eg.split(OSError)[0], show(eg.subgroup(lambda x: True)))
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyError])

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

print(show(MyEG("m", [ValueError(1), TypeError(2)]).split(ValueError)[0]))
