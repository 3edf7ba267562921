#!/usr/bin/env python3
# Differential test runner: runs each test with ./micropython and compares its
# stdout (and exit status) with CPython's, or with a checked-in name.py.exp.
#
# Usage: see tests/README.md or `tests/run-tests.py --help`.
# The last line printed is always "N passed, N failed, N skipped"; the exit
# status is 1 if any test failed, else 0.

import argparse
import difflib
import fnmatch
import glob
import hashlib
import os
import re
import signal
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(TESTS_DIR)
CACHE_DIR = os.path.join(TESTS_DIR, ".cpython-cache")
RESULTS_DIR = os.path.join(TESTS_DIR, "results")
KNOWN_FAILURES_FILE = os.path.join(TESTS_DIR, "known-failures.txt")
DEFAULT_DIRS = ("basics", "extmod", "net", "thread", "cmdline", "multi_net", "stress")
MULTI_PRELUDE = os.path.join(TESTS_DIR, "multi_net", "harness", "prelude.py")
# Bump when the way expected output is produced changes, so old cache
# entries are no longer used.
CACHE_VERSION = b"run-tests cache v1"
CACHE_ENV = ("TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_TIME", "PYTHONUTF8", "HOME")

# Directives a test may carry in a comment line of its own:
#   # timeout: N        per-test timeout in seconds (default --timeout)
#   # argv: a b c       extra command line arguments after the script name
#   # exit-status: N    the expected exit status (default 0); CPython's must
#                       match it too, or the test stops early unchecked
#   # nofile: N         raise the open-file limit (ulimit -n) to N for the test
#                       (its processes inherit the runner's); skip if it can't
RE_TIMEOUT = re.compile(rb"^#\s*timeout:\s*([0-9]+(?:\.[0-9]*)?)\s*$", re.M)
RE_ARGV = re.compile(rb"^#\s*argv:(.*)$", re.M)
RE_EXIT = re.compile(rb"^#\s*exit-status:\s*(-?[0-9]+)\s*$", re.M)
RE_NOFILE = re.compile(rb"^#\s*nofile:\s*([0-9]+)\s*$", re.M)


class Result:
    # status is one of: pass, fail, skip, xfail, xpass
    def __init__(self, test, status, reason="", output=b"", expected=b""):
        self.test = test
        self.status = status
        self.reason = reason
        self.output = output
        self.expected = expected
        self.duration = 0.0


class Test:
    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.dir = os.path.dirname(self.path)
        self.base = os.path.basename(self.path)
        # Name as shown in reports and in known-failures.txt: relative to tests/.
        rel = os.path.relpath(self.path, TESTS_DIR)
        self.name = rel.replace(os.sep, "/")
        self.exp_path = self.path + ".exp"
        self.mode_key = os.path.basename(self.dir)
        self._content = None

    @property
    def content(self):
        if self._content is None:
            with open(self.path, "rb") as f:
                self._content = f.read()
        return self._content

    def has_exp(self):
        return os.path.exists(self.exp_path)

    def timeout(self, default):
        m = RE_TIMEOUT.search(self.content)
        return float(m.group(1)) if m else default

    def argv(self):
        m = RE_ARGV.search(self.content)
        return m.group(1).decode().split() if m else []

    def expected_exit(self):
        m = RE_EXIT.search(self.content)
        return int(m.group(1)) if m else 0

    def nofile(self):
        m = RE_NOFILE.search(self.content)
        return int(m.group(1)) if m else None

    def result_stem(self):
        return os.path.join(RESULTS_DIR, self.name.replace("/", "_"))


class Process:
    def __init__(self, stdout, status, timed_out=False):
        self.stdout = stdout
        self.status = status
        self.timed_out = timed_out


def run_process(argv, cwd, env, timeout):
    # Each test runs in its own session so that on a timeout the whole
    # process group (including any children it started) can be killed.
    p = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, _ = p.communicate(timeout=timeout)
        return Process(out, p.returncode)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, _ = p.communicate()
        return Process(out, p.returncode, timed_out=True)


class CPython:
    # The real CPython binary, resolved once: `python3` may be a slow shim.
    def __init__(self, command):
        self.command = command
        self.lock = threading.Lock()
        self.exe = None
        self.version = None

    def resolve(self):
        with self.lock:
            if self.exe is None:
                out = subprocess.check_output(
                    [self.command, "-c", "import sys;print(sys.executable);print(sys.version)"]
                )
                lines = out.decode().splitlines()
                self.exe = lines[0]
                self.version = "\n".join(lines[1:])
        return self.exe


# The tests are written against CPython 3.11 (Debian 12's): older versions
# print other messages and lack syntax the tests use; newer ones changed some
# messages and reprs (about 100 tests differ under 3.12, 190 under 3.13).
ORACLE = (3, 11)
LATER_CPYTHONS = ("python3.12", "python3.13")


def cpython_version(command):
    # (major, minor) of a CPython command, or None if it does not run.
    try:
        out = subprocess.check_output(
            [command, "-c", "import sys;print(*sys.version_info[:2])"],
            stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        return tuple(int(x) for x in out.split())
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def choose_cpython(command, explicit):
    # The CPython command to use as the oracle, or None after an error
    # message. Unless one was named, python3.11 is preferred wherever it is
    # (a Mac's python3 is Apple's 3.9 or Homebrew's newest), then python3
    # if it is newer, then the closest newer python3.X on PATH.
    version = cpython_version(command)
    if explicit or version == ORACLE:
        chosen = command if version is not None and version >= ORACLE else None
    else:
        exact = shutil.which("python3.%d" % ORACLE[1])
        chosen = exact if exact and cpython_version(exact) == ORACLE else None
        if chosen is None and version is not None and version > ORACLE:
            chosen = command
        for cand in LATER_CPYTHONS if chosen is None else ():
            path = shutil.which(cand)
            if path and (cpython_version(path) or (0,)) > ORACLE:
                chosen = path
                break
    if chosen is None:
        found = "is CPython %d.%d" % version if version else "does not run"
        print("error: the tests need CPython 3.11 (or newer) as the oracle, and %r %s.\n"
              "Install one (e.g. `brew install python@3.11`) and point the runner at it:\n"
              "  MICROPY_CPYTHON3=python3.11 make test   (or run-tests.py --python PATH)"
              % (command, found), file=sys.stderr)
        return None
    chosen_version = version if chosen == command else cpython_version(chosen)
    if chosen != command:
        print("note: using %s as the oracle (%s %s)" % (
            chosen, command, "is %d.%d" % version if version else "does not run"), file=sys.stderr)
    if chosen_version != ORACLE:
        print("note: the tests are written against CPython 3.11; under %d.%d some outputs "
              "differ because CPython changed them" % chosen_version, file=sys.stderr)
    return chosen


class Runner:
    def __init__(self, args):
        self.args = args
        self.cpython = CPython(args.python)
        self.micropython = args.micropython
        self.print_lock = threading.Lock()
        self.fingerprint_lock = threading.Lock()
        self.dir_fingerprints = {}
        self.known = load_known_failures(args.known_failures)

    # --- environment ---------------------------------------------------

    def env_for(self, test):
        env = dict(os.environ)
        env["MICROPYPATH"] = test.dir
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        env.pop("PYTHONPATH", None)
        return env

    def target_argv(self, test):
        if self.args.target_python:
            return [self.cpython.resolve(), test.base] + test.argv()
        return [self.micropython, test.base] + test.argv()

    # --- expected output -----------------------------------------------

    def dir_fingerprint(self, d):
        # Helper modules live in subfolders of a test folder (e.g.
        # basics/pkgs/); a change there must invalidate cached outputs.
        with self.fingerprint_lock:
            fp = self.dir_fingerprints.get(d)
            if fp is None:
                h = hashlib.sha256()
                for sub in sorted(os.listdir(d)):
                    full = os.path.join(d, sub)
                    if not os.path.isdir(full) or sub.startswith(".") or sub == "__pycache__":
                        continue
                    for root, dirs, files in os.walk(full):
                        dirs[:] = sorted(x for x in dirs if x != "__pycache__")
                        for fn in sorted(files):
                            p = os.path.join(root, fn)
                            h.update(os.path.relpath(p, d).encode() + b"\0")
                            with open(p, "rb") as f:
                                h.update(hashlib.sha256(f.read()).digest())
                fp = h.hexdigest()
                self.dir_fingerprints[d] = fp
        return fp

    def cache_key(self, test):
        self.cpython.resolve()
        h = hashlib.sha256()
        h.update(CACHE_VERSION + b"\0")
        h.update(self.cpython.version.encode() + b"\0")
        h.update(test.name.encode() + b"\0")
        h.update(self.dir_fingerprint(test.dir).encode() + b"\0")
        h.update(test.content)
        # CPython's output may depend on the time zone, the locale (UTF-8
        # mode) and HOME: a cached output is only good for the same values.
        for name in CACHE_ENV:
            h.update(b"%s=%r\0" % (name.encode(), os.environ.get(name)))
        return h.hexdigest()

    def cpython_output(self, test):
        # Returns (stdout, exit status, error text or None).
        key = self.cache_key(test)
        path = os.path.join(CACHE_DIR, key[:2], key)
        if not self.args.no_cache:
            try:
                with open(path, "rb") as f:
                    data = f.read()
                header, _, out = data.partition(b"\n")
                if header.startswith(b"status="):
                    return out, int(header[7:]), None
            except (OSError, ValueError):
                pass
        p = run_process(
            [self.cpython.resolve(), test.base] + test.argv(),
            test.dir,
            self.env_for(test),
            test.timeout(self.args.timeout),
        )
        if p.timed_out:
            return p.stdout, p.status, "CPython timed out"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = "%s.%d.%d.tmp" % (path, os.getpid(), threading.get_ident())
        with open(tmp, "wb") as f:
            f.write(b"status=%d\n" % p.status + p.stdout)
        os.replace(tmp, path)
        return p.stdout, p.status, None

    # --- running ---------------------------------------------------------

    def run_single(self, test):
        # Default mode: one process, stdout compared with .exp or CPython.
        if test.has_exp():
            if self.args.target_python:
                return Result(test, "skip", "has .exp (MicroPython-specific)")
            with open(test.exp_path, "rb") as f:
                exp_out = f.read()
            exp_status = test.expected_exit()
        else:
            exp_out, exp_status, err = self.cpython_output(test)
            if err:
                return Result(test, "fail", err, b"", exp_out)
            if exp_out == b"SKIP\n" and exp_status == 0:
                return Result(test, "skip", "CPython printed SKIP")
            if exp_status != test.expected_exit():
                # The oracle died part way: what follows would go unchecked
                # (both sides stopping at the same place passes vacuously).
                return Result(test, "fail", "CPython exits with status %d: the test stops "
                              "early (one meant to says '# exit-status: %d')" % (
                                  exp_status, exp_status), b"", exp_out)

        p = run_process(
            self.target_argv(test), test.dir, self.env_for(test), test.timeout(self.args.timeout)
        )
        out = p.stdout
        if out == b"SKIP\n" and not p.timed_out:
            return Result(test, "skip")
        if p.timed_out:
            reason = "timeout"
            out += b"\n[timed out after %gs]\n" % test.timeout(self.args.timeout)
        elif p.status < 0:
            reason = "crash (signal %d)" % -p.status
            out += b"\n[killed by signal %d]\n" % -p.status
        else:
            reason = ""
        ok = not p.timed_out and out == exp_out and p.status == exp_status
        if ok:
            return Result(test, "pass")
        if not reason:
            reason = "output differs" if out != exp_out else "exit status %d, expected %d" % (
                p.status,
                exp_status,
            )
        if p.status != exp_status and not p.timed_out and p.status >= 0:
            out += b"[exit status %d]\n" % p.status
            exp_out += b"[exit status %d]\n" % exp_status
        return Result(test, "fail", reason, out, exp_out)


    # --- multi-process tests (multi_net/, stress/) -------------------------
    #
    # A test defines instance0() (the server) and instance1() (the client).
    # Each instance runs as its own process: the harness prelude
    # (multi_net/harness/prelude.py, the `multitest` object), then the test,
    # then a call of its function. Instances coordinate through the runner:
    # a line "~NEXT" on stdout is a barrier (the runner answers "NEXT" on
    # stdin when every instance has reached it), "~GLOBAL name=repr" hands a
    # value (e.g. the server's port) to the other instance, "~SIGINT" asks
    # for a SIGINT shortly after, "~SKIP" skips the test. Every other line is
    # output. The CPython/CPython pairing gives the expected output; the
    # three pairings with ./micropython must print exactly the same.

    def run_multi(self, test):
        py = self.cpython.resolve()
        mp = self.micropython
        ref = self.run_instances(test, ((py, "python3"), (py, "python3")))
        if ref.skipped:
            return Result(test, "skip", "skipped under CPython")
        if ref.error:
            return Result(test, "fail", "python3/python3: " + ref.error, ref.text(), b"")
        if self.args.target_python:
            return Result(test, "pass")
        for pair in (((mp, "micropython"), (mp, "micropython")),
                     ((mp, "micropython"), (py, "python3")),
                     ((py, "python3"), (mp, "micropython"))):
            r = self.run_instances(test, pair)
            name = "%s/%s" % (pair[0][1], pair[1][1])
            if r.skipped:
                return Result(test, "skip", name + " skipped")
            if r.error or r.outputs != ref.outputs:
                return Result(test, "fail", "%s: %s" % (name, r.error or "output differs"),
                              r.text(), ref.text())
        return Result(test, "pass")

    def run_instances(self, test, interps):
        run = MultiRun(interps)
        with open(MULTI_PRELUDE, "rb") as f:
            prelude = f.read()
        tmpdir = tempfile.mkdtemp(prefix="multi-")
        procs = []
        timers = []
        try:
            env = self.env_for(test)
            env["PYTHONUNBUFFERED"] = "1"
            for i, (interp, _) in enumerate(interps):
                script = os.path.join(tmpdir, "%s_instance%d.py" % (os.path.splitext(test.base)[0], i))
                with open(script, "wb") as f:
                    f.write(prelude + test.content + b"\n\ninstance%d()\n" % i)
                err = open(os.path.join(tmpdir, "stderr%d" % i), "w+b")
                p = subprocess.Popen([interp, script], cwd=test.dir, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=err, start_new_session=True)
                procs.append((p, err))
            events = queue.Queue()

            def reader(i, stream):
                for line in iter(stream.readline, b""):
                    events.put((i, line))
                events.put((i, None))

            for i, (p, _) in enumerate(procs):
                threading.Thread(target=reader, args=(i, p.stdout), daemon=True).start()

            def send(i, data):
                try:
                    procs[i][0].stdin.write(data)
                    procs[i][0].stdin.flush()
                except (OSError, ValueError):
                    pass  # that instance has finished

            n = len(procs)
            done = [False] * n
            arrived = [0] * n
            released = 0
            deadline = time.monotonic() + test.timeout(self.args.timeout)
            while not all(done):
                left = deadline - time.monotonic()
                try:
                    i, line = events.get(timeout=max(left, 0.001))
                except queue.Empty:
                    run.error = "timeout after %gs" % test.timeout(self.args.timeout)
                    break
                if line is None:
                    done[i] = True
                elif line.startswith(b"~"):
                    cmd = line[1:].rstrip(b"\r\n")
                    if cmd == b"NEXT":
                        arrived[i] += 1
                    elif cmd.startswith(b"GLOBAL ") or cmd.startswith(b"BROADCAST "):
                        for j in range(n):
                            if j != i:
                                send(j, cmd + b"\n")
                    elif cmd == b"SIGINT":
                        t = threading.Timer(0.5, send_sigint, (procs[i][0],))
                        t.start()
                        timers.append(t)
                    elif cmd == b"SKIP":
                        run.skipped = True
                else:
                    run.outputs[i].append(line)
                # Barrier: an instance that has finished counts as arrived.
                while all(done[j] or arrived[j] > released for j in range(n)) and not all(done):
                    released += 1
                    for j in range(n):
                        if not done[j]:
                            send(j, b"NEXT\n")
            for i, (p, err) in enumerate(procs):
                if run.error:
                    kill_group(p)
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    kill_group(p)
                    p.wait()
                run.status[i] = p.returncode
                err.seek(0)
                run.stderr[i] = err.read()[-2000:]
                if not run.error and p.returncode != 0 and not run.skipped:
                    run.error = "instance%d (%s) exit status %d" % (i, interps[i][1], p.returncode)
        finally:
            for t in timers:
                t.cancel()
            for p, err in procs:
                if p.poll() is None:
                    kill_group(p)
                    p.wait()
                for stream in (p.stdin, p.stdout):
                    try:
                        stream.close()
                    except OSError:
                        pass
                err.close()
            shutil.rmtree(tmpdir, ignore_errors=True)
        return run

    # --- command-line tests (cmdline/): see cmdline/harness/cmdline.py -----

    def run_cmdline(self, test):
        if self.args.target_python:
            return Result(test, "skip", "tests MicroPython's own command line")
        import importlib.util
        path = os.path.join(TESTS_DIR, "cmdline", "harness", "cmdline.py")
        spec = importlib.util.spec_from_file_location("cmdline_harness", path)
        harness = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(harness)
        status, reason, out, exp = harness.run(
            test, self.micropython, self.env_for(test), test.timeout(self.args.timeout))
        return Result(test, status, reason, out, exp)

    # Folder name -> method running one test of that folder. Add a mode for a
    # new kind of test by adding an entry.
    MODES = {
        "multi_net": "run_multi",
        "stress": "run_multi",
        "cmdline": "run_cmdline",
    }

    def run_test(self, test):
        start = time.monotonic()
        mode = getattr(self, self.MODES.get(test.mode_key, "run_single"))
        nofile = test.nofile()
        try:
            if nofile and raise_nofile_limit(nofile) < nofile:
                r = Result(test, "skip", "open-file limit below %d" % nofile)
            else:
                r = mode(test)
        except Exception as e:  # a runner bug must not hide other results
            r = Result(test, "fail", "runner error: %r" % (e,))
        r.duration = time.monotonic() - start
        reason = self.known_reason(test)
        if reason is not None:
            if r.status == "fail":
                r.status, r.reason = "xfail", reason
            elif r.status == "pass":
                r.status = "xpass"
        self.report(r)
        return r

    def known_reason(self, test):
        for pattern, reason in self.known:
            if fnmatch.fnmatchcase(test.name, pattern):
                return reason
        return None

    # --- reporting -------------------------------------------------------

    def report(self, r):
        stem = r.test.result_stem()
        for ext in (".out", ".exp"):
            try:
                os.remove(stem + ext)
            except OSError:
                pass
        if r.status in ("fail", "xfail") and (r.output or r.expected):
            os.makedirs(RESULTS_DIR, exist_ok=True)
            with open(stem + ".out", "wb") as f:
                f.write(r.output)
            with open(stem + ".exp", "wb") as f:
                f.write(r.expected)
        label = {
            "pass": "pass ",
            "fail": "FAIL ",
            "skip": "skip ",
            "xfail": "xfail",
            "xpass": "XPASS",
        }[r.status]
        verbose = self.args.verbose
        if r.status == "pass" and not verbose:
            return
        line = "%s %s" % (label, r.test.name)
        if r.reason and (verbose or r.status != "skip"):
            line += "  (%s)" % r.reason
        if r.status == "xpass":
            line += "  (unexpectedly passing: remove it from known-failures.txt)"
        if verbose:
            line += "  [%.2fs]" % r.duration
        with self.print_lock:
            print(line, flush=True)
            if r.status == "fail" and self.args.print_failures:
                print_diff(r)


class MultiRun:
    # What one pairing of a multi-process test printed.
    def __init__(self, interps):
        self.interps = interps
        self.outputs = [[] for _ in interps]
        self.status = [None for _ in interps]
        self.stderr = [b"" for _ in interps]
        self.error = None
        self.skipped = False

    def text(self):
        out = b""
        for i, (_, name) in enumerate(self.interps):
            out += b"--- instance%d (%s)\n" % (i, name.encode())
            out += b"".join(self.outputs[i])
            if self.error and self.stderr[i]:
                out += b"[stderr]\n" + self.stderr[i]
        if self.error:
            out += b"[%s]\n" % self.error.encode()
        return out


def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except OSError:
        pass


def send_sigint(p):
    if p.poll() is None:
        try:
            os.kill(p.pid, signal.SIGINT)
        except OSError:
            pass


def raise_nofile_limit(n):
    # Instances inherit the runner's limits (the `ulimit -n` of a shell; 256
    # by default on macOS). Returns the soft limit now in force.
    try:
        import resource
    except ImportError:
        return n
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= n:
        return n
    want = n if hard == resource.RLIM_INFINITY else min(n, hard)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    except (ValueError, OSError):  # macOS refuses more than kern.maxfilesperproc
        return soft
    return want


def print_diff(r):
    exp = r.expected.decode("utf-8", "replace").splitlines(keepends=True)
    out = r.output.decode("utf-8", "replace").splitlines(keepends=True)
    diff = difflib.unified_diff(exp, out, r.test.name + ".exp", r.test.name + ".out")
    for line in diff:
        sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline\n")
    sys.stdout.flush()


def load_known_failures(path):
    # One test path (relative to tests/, fnmatch patterns allowed) per line,
    # followed by the reason; '#' starts a comment line.
    known = []
    try:
        with open(path) as f:
            lines = f.read().splitlines()
    except OSError:
        return known
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 1)
        path = parts[0]
        if path.startswith("tests/"):
            path = path[len("tests/") :]
        reason = parts[1].lstrip("#:- \t") if len(parts) > 1 else "known failure"
        known.append((path, reason or "known failure"))
    return known


def collect(specs):
    tests = []
    seen = set()

    def add(path):
        path = os.path.abspath(path)
        if path not in seen and path.endswith(".py"):
            seen.add(path)
            tests.append(Test(path))

    for spec in specs:
        candidates = [spec]
        if not os.path.exists(spec) and not os.path.isabs(spec):
            candidates.append(os.path.join(TESTS_DIR, spec))
        for cand in candidates:
            matches = sorted(glob.glob(cand)) if glob.has_magic(cand) else (
                [cand] if os.path.exists(cand) else []
            )
            if matches:
                break
        else:
            print("warning: no tests match %r" % spec, file=sys.stderr)
            continue
        for m in matches:
            if os.path.isdir(m):
                # Only files directly in the folder are tests; subfolders hold
                # helper modules.
                for p in sorted(glob.glob(os.path.join(m, "*.py"))):
                    add(p)
            else:
                add(m)
    return tests


def main():
    # Tests of Ctrl-C need SIGINT delivered as a terminal delivers it: a
    # runner started with it ignored (a shell script's background job)
    # would pass that on to every child, the CPython oracle included.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    # The same job also ignores SIGQUIT, and the children would inherit that
    # (a shell's `kill -QUIT $$` then exits 0 where the cached CPython output,
    # made in a terminal, says -3).
    if signal.getsignal(signal.SIGQUIT) == signal.SIG_IGN:
        signal.signal(signal.SIGQUIT, signal.SIG_DFL)
    ap = argparse.ArgumentParser(
        description="Run tests with ./micropython and compare with CPython or .exp files.",
    )
    ap.add_argument("files", nargs="*", help="test folders, files or globs")
    ap.add_argument("-d", "--test-dirs", action="append", default=[], metavar="DIR",
                    help="add a test folder (may be repeated)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="parallel jobs (default: number of CPUs)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every test with its time")
    ap.add_argument("--print-failures", action="store_true",
                    help="print a unified diff for each failure")
    ap.add_argument("--micropython",
                    default=os.environ.get("MICROPY_MICROPYTHON",
                                           os.path.join(REPO_DIR, "micropython")),
                    help="interpreter under test (default ../micropython, env MICROPY_MICROPYTHON)")
    ap.add_argument("--python", default=None,
                    help="CPython command, 3.11 or newer (default: python3.11 if on PATH, else "
                         "python3 if newer, else python3.12/3.13; env MICROPY_CPYTHON3)")
    ap.add_argument("--target-python", action="store_true",
                    help="run the tests with CPython in place of micropython (validates the tests)")
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="default per-test timeout in seconds (default 30)")
    ap.add_argument("--no-cache", action="store_true",
                    help="always rerun CPython (the cache is still refreshed)")
    ap.add_argument("-e", "--exclude", action="append", default=[], metavar="REGEX",
                    help="skip tests whose name matches REGEX")
    ap.add_argument("-i", "--include", action="append", default=[], metavar="REGEX",
                    help="only run tests whose name matches REGEX")
    ap.add_argument("--known-failures", default=KNOWN_FAILURES_FILE, metavar="FILE",
                    help="list of known failures (default tests/known-failures.txt)")
    ap.add_argument("--keep-going", action="store_true", default=True,
                    help="(default) run every test even after a failure")
    args = ap.parse_args()

    specs = list(args.files) + list(args.test_dirs)
    if not specs:
        specs = [os.path.join(TESTS_DIR, d) for d in DEFAULT_DIRS
                 if os.path.isdir(os.path.join(TESTS_DIR, d))]
    tests = collect(specs)
    if args.include:
        tests = [t for t in tests if any(re.search(p, t.name) for p in args.include)]
    if args.exclude:
        tests = [t for t in tests if not any(re.search(p, t.name) for p in args.exclude)]

    if not args.target_python:
        args.micropython = os.path.abspath(args.micropython)
        if not os.access(args.micropython, os.X_OK):
            print("error: interpreter not found: %s (build it, or pass --micropython PATH "
                  "or --target-python)" % args.micropython, file=sys.stderr)
            print("0 passed, 0 failed, 0 skipped")
            return 2

    explicit = args.python or os.environ.get("MICROPY_CPYTHON3")
    args.python = choose_cpython(explicit or "python3", bool(explicit))
    if args.python is None:
        print("0 passed, 0 failed, 0 skipped")
        return 2

    runner = Runner(args)
    results = []
    start = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(runner.run_test, t) for t in tests]
            for fut in as_completed(futures):
                results.append(fut.result())
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130

    by = {k: sorted(r.test.name for r in results if r.status == k)
          for k in ("pass", "fail", "skip", "xfail", "xpass")}
    if by["xfail"]:
        print("%d known failures (xfail): %s" % (len(by["xfail"]), " ".join(by["xfail"])))
    if by["xpass"]:
        print("%d unexpectedly passing: %s" % (len(by["xpass"]), " ".join(by["xpass"])))
    if by["fail"]:
        print("%d failed tests: %s" % (len(by["fail"]), " ".join(by["fail"])))
        print("(outputs in %s; rerun with --print-failures for diffs)"
              % os.path.relpath(RESULTS_DIR))
    if args.verbose:
        print("ran %d tests in %.1fs" % (len(results), time.monotonic() - start))
    passed = len(by["pass"]) + len(by["xpass"])
    skipped = len(by["skip"]) + len(by["xfail"])
    print("%d passed, %d failed, %d skipped" % (passed, len(by["fail"]), skipped))
    return 1 if by["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
