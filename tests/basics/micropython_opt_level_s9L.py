# micropython.opt_level(): MicroPython only (hence the .exp). Level 3 keeps
# no line numbers, so every traceback entry says line 1 (MicroPython's
# opt_level_lineno.py); levels >= 1 drop asserts and make __debug__ False.
import io
import sys
import micropython


def lines(src):
    try:
        exec(src, {})
    except Exception as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        return [l.split(",")[1].strip() for l in buf.getvalue().split("\n") if "line" in l]


src = "def f(x):\n\n    return 1 // x\n\n\nf(1)\nf(0)\n"
print(micropython.opt_level())
for lvl in (0, 1, 3, 0):
    micropython.opt_level(lvl)
    print(lvl, micropython.opt_level(), lines(src), lines("\n\n" + "x = 1\nundefined_name\n"))
    exec("try:\n assert 0, 'a'\n print('no assert')\nexcept AssertionError:\n print('assert')")
    exec("print('debug', __debug__)")
    exec("if __debug__:\n print('if debug')\nelse:\n print('not debug')")
micropython.opt_level(0)
