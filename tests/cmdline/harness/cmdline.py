# Runner mode for tests/cmdline/: each test runs ./micropython with its own
# command line and is checked against a transcript of stdout, stderr and the
# exit status (NAME.py.exp). Used by tests/run-tests.py (Runner.run_cmdline).
#
# A test is NAME.py; its directives are comment lines anywhere in it:
#   # cmdline: ARGS        arguments after the interpreter, split as a POSIX
#                          shell would, then \n, \t and \\ in each argument
#                          are expanded; {script} stands for NAME.py.
#                          Without it the test runs as `micropython NAME.py`.
#   # stdin: TEXT          what stdin holds (\n, \t, \\ escapes; repeatable,
#                          the parts are joined). Without it stdin is empty.
#   # stdin-path: PATH     stdin is PATH (relative to the test's folder) opened
#                          read-only; may be a directory, to test read errors
#   # env: NAME=VALUE      extra environment variable (repeatable)
#   # signal: SIG after TEXT   send signal SIG (INT, TERM, ...) to the
#                          interpreter once a line TEXT appears on its stdout
#   # timeout: N           as for every test
#   # pty: on              run on a pseudo-terminal (80x24) that is stdin,
#                          stdout and stderr and the controlling terminal, so
#                          the REPL's line editor and Ctrl-C (ISIG) are live.
#                          The steps below then drive it, in file order:
#   # expect: TEXT         wait until TEXT appears in the output after the
#                          point the previous expect matched (the test fails
#                          when the timeout passes first)
#   # send: TEXT           type TEXT
#                          In both, \n \r \t \\ \e (ESC) and \xNN are expanded;
#                          write a trailing space as \x20. Wait for a prompt
#                          before typing the next line: the editor switches
#                          the terminal to raw mode before printing it.
# The rest of the file is the program when it runs as a script; a test whose
# command line does not use the file holds directives only.
#
# NAME.py.exp is the expected transcript:
#   [stdout]
#   ...lines...
#   [stderr]
#   ...lines...
#   [exit N]            (or [killed by signal 2]: an uncaught Ctrl-C)
# In pty mode the transcript is one section of everything the terminal
# showed, "[pty]", then "[exit N]". \r\n becomes a newline; other control
# bytes are shown as \r, \e (ESC), \xNN, so cursor movements are visible.
# A section without a final newline ends with the line "[no newline at end]".
# An expected line ending in " (re)" is a regular expression that the whole
# output line must match (for the interpreter's path, a version or a date);
# a line "..." matches any number of lines (for text checked elsewhere).

import os
import re
import shlex
import signal
import subprocess
import threading

RE_CMDLINE = re.compile(rb"^#\s*cmdline:(.*)$", re.M)
RE_STDIN = re.compile(rb"^#\s*stdin:[ ]?(.*)$", re.M)
RE_STDIN_PATH = re.compile(rb"^#\s*stdin-path:\s*(.*?)\s*$", re.M)
RE_PTY = re.compile(rb"^#\s*pty:\s*on\s*$", re.M)
RE_PTY_STEP = re.compile(rb"^#\s*(send|expect):[ ]?(.*?)\r?$", re.M)
RE_ENV = re.compile(rb"^#\s*env:\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$", re.M)
RE_SIGNAL = re.compile(rb"^#\s*signal:\s*(?:SIG)?([A-Z0-9]+)\s+after\s+(.*?)\s*$", re.M)


def unescape(b, pty=False):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i : i + 1]
        if pty and b[i : i + 2] == b"\\x" and re.fullmatch(rb"[0-9a-fA-F]{2}", b[i + 2 : i + 4]):
            out.append(int(b[i + 2 : i + 4], 16))
            i += 4
        elif c == b"\\" and i + 1 < len(b):
            table = {b"n": b"\n", b"t": b"\t", b"\\": b"\\"}
            if pty:
                table.update({b"r": b"\r", b"e": b"\x1b"})
            out += table.get(b[i + 1 : i + 2], b[i : i + 2])
            i += 2
        else:
            out += c
            i += 1
    return bytes(out)


class Spec:
    def __init__(self, content, script):
        m = RE_CMDLINE.search(content)
        if m:
            args = shlex.split(m.group(1).decode())
            self.args = [unescape(a.encode()).decode().replace("{script}", script) for a in args]
        else:
            self.args = [script]
        parts = RE_STDIN.findall(content)
        self.stdin = b"".join(unescape(p.rstrip(b"\r")) for p in parts) if parts else None
        self.pty = RE_PTY.search(content) is not None
        self.steps = [(k.decode(), unescape(t, pty=True)) for k, t in RE_PTY_STEP.findall(content)]
        m = RE_STDIN_PATH.search(content)
        self.stdin_path = m.group(1).decode() if m else None
        self.env = {k.decode(): v.decode().strip() for k, v in RE_ENV.findall(content)}
        self.signal = None
        m = RE_SIGNAL.search(content)
        if m:
            self.signal = (getattr(signal, "SIG" + m.group(1).decode()), m.group(2))


def transcript(out, err, status):
    parts = []
    for name, data in (("stdout", out), ("stderr", err)):
        parts.append(b"[%s]\n" % name.encode())
        parts.append(data)
        if data and not data.endswith(b"\n"):
            parts.append(b"\n[no newline at end]\n")
    if status < 0:
        parts.append(b"[killed by signal %d]\n" % -status)
    else:
        parts.append(b"[exit %d]\n" % status)
    return b"".join(parts)


def line_matches(e, g):
    if e == g:
        return True
    if not e.endswith(b" (re)"):
        return False
    try:
        return re.fullmatch(e[:-5], g) is not None
    except re.error:
        return False


def matches(expected, got):
    exp = expected.split(b"\n")
    out = got.split(b"\n")
    # ok[j]: exp[i:] matches out[j:], computed for i from the end.
    ok = [False] * len(out) + [True]
    for i in range(len(exp) - 1, -1, -1):
        new = [False] * (len(out) + 1)
        for j in range(len(out), -1, -1):
            if exp[i] == b"...":
                new[j] = ok[j] or (j < len(out) and new[j + 1])
            else:
                new[j] = j < len(out) and line_matches(exp[i], out[j]) and ok[j + 1]
        ok = new
    return ok[0]


def execute(argv, cwd, env, stdin_data, sig, timeout, stdin_path=None):
    # Returns (stdout, stderr, status, problem); problem is None or a text.
    if stdin_path is not None:
        stdin = os.open(os.path.join(cwd, stdin_path), os.O_RDONLY)
    else:
        stdin = subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL
    try:
        p = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    finally:
        if stdin_path is not None:
            os.close(stdin)
    return wait_for(p, argv, stdin_data, sig, timeout)


def wait_for(p, argv, stdin_data, sig, timeout):
    # Collects the output, sends the signal, enforces the timeout.
    out = bytearray()
    err = bytearray()
    marker_seen = threading.Event()

    def read_out():
        for line in iter(p.stdout.readline, b""):
            out.extend(line)
            if sig is not None and line.rstrip(b"\r\n") == sig[1]:
                marker_seen.set()
        marker_seen.set()  # EOF: nothing more to wait for

    def read_err():
        err.extend(p.stderr.read())

    readers = [threading.Thread(target=read_out), threading.Thread(target=read_err)]
    for t in readers:
        t.daemon = True
        t.start()
    if stdin_data is not None:
        try:
            p.stdin.write(stdin_data)
            p.stdin.close()
        except OSError:  # the interpreter exited without reading it all
            pass
    problem = None
    try:
        if sig is not None:
            if not marker_seen.wait(timeout):
                raise subprocess.TimeoutExpired(argv, timeout)
            if p.poll() is None:
                os.kill(p.pid, sig[0])
            else:
                problem = "exited before the signal could be sent"
        p.wait(timeout)
    except subprocess.TimeoutExpired:
        problem = "timeout after %gs" % timeout
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.wait()
    for t in readers:
        t.join(5)
    return bytes(out), bytes(err), p.returncode, problem


def render_pty(data):
    # Terminal output as .exp text: CR LF is a line end, the other control
    # bytes are made visible.
    out = bytearray()
    data = data.replace(b"\r\n", b"\n")
    for b in data:
        if b == 0x0A or 0x20 <= b < 0x7F or b >= 0x80:
            out.append(b)
        elif b == 0x0D:
            out += b"\\r"
        elif b == 0x1B:
            out += b"\\e"
        elif b == 0x09:
            out += b"\\t"
        else:
            out += b"\\x%02x" % b
    return bytes(out)


def execute_pty(argv, cwd, env, steps, timeout):
    # Returns (output, status, problem) for a run on a pseudo-terminal.
    import fcntl
    import select
    import struct
    import termios
    import time

    master, slave = os.openpty()
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(env)
    env["TERM"] = "xterm"

    def make_controlling():
        # In the child, after setsid(): the terminal on fd 0 becomes the
        # session's controlling terminal, so ^C reaches it as SIGINT.
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    try:
        p = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
            preexec_fn=make_controlling,
            close_fds=True,
        )
    finally:
        os.close(slave)
    deadline = time.monotonic() + timeout
    out = bytearray()
    eof = False

    def read_some(until):
        # Read what arrives before the time `until`; False at the deadline.
        nonlocal eof
        left = until - time.monotonic()
        if left <= 0:
            return False
        r, _, _ = select.select([master], [], [], left)
        if r:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: every copy of the slave side is closed
                data = b""
            if data:
                out.extend(data)
            else:
                eof = True
        return True

    problem = None
    pos = 0
    try:
        for kind, text in steps:
            if kind == "send":
                os.write(master, text)
                continue
            while True:
                i = out.find(text, pos)
                if i >= 0:
                    pos = i + len(text)
                    break
                if eof or not read_some(deadline):
                    problem = "%s waiting for %r" % ("exited" if eof else "timeout", text.decode("utf-8", "replace"))
                    break
            if problem:
                break
        while problem is None and not eof:
            if not read_some(deadline):
                problem = "timeout after %gs waiting for exit" % timeout
        if problem is None:
            p.wait(max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        problem = "timeout after %gs waiting for exit" % timeout
    finally:
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()
        os.close(master)
    return bytes(out), p.returncode, problem


def run_pty(test, micropython, env, timeout, spec):
    out, status, problem = execute_pty([micropython] + spec.args, test.dir, env, spec.steps, timeout)
    got = b"[pty]\n" + render_pty(out)
    if out and not got.endswith(b"\n"):
        got += b"\n[no newline at end]\n"
    if status is not None and status < 0:
        got += b"[killed by signal %d]\n" % -status
    else:
        got += b"[exit %d]\n" % (status if status is not None else -1)
    return got, status, problem


def run(test, micropython, env, timeout):
    # Returns (status, reason, output, expected) for run-tests.py's Result.
    spec = Spec(test.content, test.base)
    env = dict(env)
    env.update(spec.env)
    if spec.pty:
        got, status, problem = run_pty(test, micropython, env, timeout, spec)
    else:
        out, err, status, problem = execute(
            [micropython] + spec.args, test.dir, env, spec.stdin, spec.signal, timeout, spec.stdin_path
        )
        got = transcript(out, err, status)
    try:
        with open(test.exp_path, "rb") as f:
            expected = f.read()
    except OSError:
        return "fail", "no %s.exp" % test.base, got, b""
    if problem:
        return "fail", problem, got + b"[%s]\n" % problem.encode(), expected
    if status < 0 and not (status == -signal.SIGINT and b"[killed by signal %d]\n" % signal.SIGINT in expected):
        # (An uncaught KeyboardInterrupt ends the program by SIGINT, as in
        # CPython; the transcript says so where that is expected.)
        return "fail", "crash (signal %d)" % -status, got, expected
    if not matches(expected, got):
        return "fail", "output differs", got, expected
    return "pass", "", got, expected
