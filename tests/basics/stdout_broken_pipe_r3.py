# Writing to stdout after the reader has gone (`prog | head -1`) raises
# BrokenPipeError: the program stops with status 1 and says why on stderr,
# instead of running on silently (or dying from SIGPIPE). When stderr is the
# broken pipe too, the process still ends (no loop of failing tracebacks).
import os
import sys

exe = sys.executable
tmp = "/tmp/_stdout_broken_pipe_%d" % os.getpid()


def run(code, stderr_too=False):
    # The child's stdout goes into `head -c 1`, which exits at once; the
    # output is far larger than a pipe buffer, so a write must fail. Its exit
    # status and stderr are kept in files.
    redir = "2>&1" if stderr_too else "2>" + tmp + ".err"
    cmd = '("%s" -c "%s" %s; echo $? >%s.st) | head -c 1 >/dev/null' % (exe, code, redir, tmp)
    os.system(cmd)
    with open(tmp + ".st") as f:
        status = f.read().strip()
    err = ""
    if not stderr_too:
        with open(tmp + ".err") as f:
            err = f.read()
        os.remove(tmp + ".err")
    os.remove(tmp + ".st")
    lines = err.strip().split("\n")
    # Only the start and the end of the traceback: CPython may add an
    # "Exception ignored" report when its buffer cannot be flushed at exit.
    return status, lines[0], [l for l in lines if l.startswith("BrokenPipeError")][:1]


print(run("for i in range(200000): print(i)"))
print(run("import sys\nfor i in range(200000): sys.stdout.write(str(i) + '\\\\n')"))
print(run(
    "try:\n for i in range(200000): print(i)\nexcept OSError as e:\n import sys\n"
    " sys.stderr.write('caught %s %d\\\\n' % (type(e).__name__, e.errno))"
))
# With stderr broken too the process just has to end with a failure status:
# CPython says 1, or 120 when LANG is unset (its exit-time flush fails then).
print(run("for i in range(200000): print(i)", stderr_too=True)[0] in ("1", "120"))
