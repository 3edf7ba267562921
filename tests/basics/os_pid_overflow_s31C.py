# pids, signal numbers and options out of the C int range raise OverflowError
# (as CPython). They were truncated: os.kill(2**32, sig) signalled pid 0, the
# whole process group, and os.waitpid(2**32, 0) waited for any child.
import os

for name, call in (
    ("kill", lambda: os.kill(2**32, 0)),
    ("kill neg", lambda: os.kill(-(2**32), 0)),
    ("killpg", lambda: os.killpg(2**32, 0)),
    ("killpg 2**31", lambda: os.killpg(2**31, 0)),
    ("waitpid", lambda: os.waitpid(2**32, 0)),
    ("waitpid opts", lambda: os.waitpid(-1, 2**32)),
    ("getpgid", lambda: os.getpgid(2**32)),
    ("getsid", lambda: os.getsid(2**32)),
    ("setpgid", lambda: os.setpgid(2**32, 0)),
    ("strerror", lambda: os.strerror(2**32)),
    ("lseek", lambda: os.lseek(0, 0, 2**32)),
    ("WEXITSTATUS", lambda: os.WEXITSTATUS(2**32)),
):
    try:
        call()
        print(name, "ok")
    except OverflowError:
        print(name, "OverflowError")
    except OSError as e:
        print(name, "OSError")
