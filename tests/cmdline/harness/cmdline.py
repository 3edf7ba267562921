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
#   # env: NAME=VALUE      extra environment variable (repeatable)
#   # signal: SIG after TEXT   send signal SIG (INT, TERM, ...) to the
#                          interpreter once a line TEXT appears on its stdout
#   # timeout: N           as for every test
# The rest of the file is the program when it runs as a script; a test whose
# command line does not use the file holds directives only.
#
# NAME.py.exp is the expected transcript:
#   [stdout]
#   ...lines...
#   [stderr]
#   ...lines...
#   [exit N]
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
RE_ENV = re.compile(rb"^#\s*env:\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$", re.M)
RE_SIGNAL = re.compile(rb"^#\s*signal:\s*(?:SIG)?([A-Z0-9]+)\s+after\s+(.*?)\s*$", re.M)


def unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i : i + 1]
        if c == b"\\" and i + 1 < len(b):
            out += {b"n": b"\n", b"t": b"\t", b"\\": b"\\"}.get(b[i + 1 : i + 2], b[i : i + 2])
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


def execute(argv, cwd, env, stdin_data, sig, timeout):
    # Returns (stdout, stderr, status, problem); problem is None or a text.
    p = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
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


def run(test, micropython, env, timeout):
    # Returns (status, reason, output, expected) for run-tests.py's Result.
    spec = Spec(test.content, test.base)
    env = dict(env)
    env.update(spec.env)
    out, err, status, problem = execute(
        [micropython] + spec.args, test.dir, env, spec.stdin, spec.signal, timeout
    )
    got = transcript(out, err, status)
    try:
        with open(test.exp_path, "rb") as f:
            expected = f.read()
    except OSError:
        return "fail", "no %s.exp" % test.base, got, b""
    if problem:
        return "fail", problem, got + b"[%s]\n" % problem.encode(), expected
    if status < 0:
        return "fail", "crash (signal %d)" % -status, got, expected
    if not matches(expected, got):
        return "fail", "output differs", got, expected
    return "pass", "", got, expected
