#!/usr/bin/env python3
# Fuzzer for ./micropython: generates random and mutated Python programs, runs
# each under a sanitizer build with a timeout, and saves every crash (fatal
# signal, AddressSanitizer/UBSan report, failed assertion, uncaught-nlr abort)
# and every hang to tools/fuzz/crashes/. A malformed program must end in a
# SyntaxError, a bad call in TypeError and the like: never a crash or a hang.
#
#   tools/fuzz/fuzz.py [--time S | --count N] [-j N] [--seed N] [--binary PATH]
#                      [--strategy NAME]... [--corpus DIR]... [--diff]
#   tools/fuzz/fuzz.py --replay FILE.py     run one case, print its verdict
#   tools/fuzz/fuzz.py --minimize FILE.py   shrink a saved case, keeping its
#                                           signature (writes FILE.min.py)
#   tools/fuzz/fuzz.py --scan DIR...        run every test of the folders
#                                           once, reporting sanitizer output
#                                           (run-tests.py does not read stderr)
#
# Build the interpreter to fuzz first, e.g. `make sanitize` (ASan+UBSan:
# ./micropython-sanitize, the default here), or with assertions and a
# recoverable UBSan (so that --ignore can skip known reports):
#   make BUILD=build-fuzz PROG=micropython-fuzz CFLAGS_EXTRA=-DMICROPY_DEBUG=1 \
#     OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fsanitize-recover=undefined \
#          --param=asan-use-after-return=0" LDFLAGS_EXTRA=-fsanitize=address,undefined
# and with GC stress as well (collect on every allocation; use --hang-ratio 0):
#   the same with BUILD=build-sanstress PROG=micropython-sanstress
#     CFLAGS_EXTRA="-DMICROPY_GC_STRESS=1 -DMICROPY_DEBUG=1"
# Under ASan, py/gc.c poisons freed blocks and the slack after each
# allocation, so a use after free or a small overrun is reported at once.
# (The conservative GC must see every local: never use ASan's fake stacks.)
#
# Strategies (--strategy, default all):
#   tokens   delete/duplicate/swap/replace/insert tokens of a corpus program
#   lines    delete/duplicate/swap/move lines, splice lines of other programs
#   bytes    byte-level damage: stray bytes, bad UTF-8, NUL, tabs, CR, BOM
#   nest     wrap blocks in compound statements; deep nesting of every kind
#   calls    builtins, methods and operators with wrong types and counts
#   evil     callbacks (__eq__, __hash__, key=, __index__...) that mutate the
#            container being worked on, or return the wrong type
#   grammar  random valid programs; with --diff their output is compared
#            with CPython's (a mismatch is saved as a "diff" finding)
#   modules  library calls with odd arguments (tools/fuzz/gen_modules.py):
#            heapq with mutating/re-entrant __lt__ and merge inputs, hashlib
#            with odd buffers, struct formats with huge counts and buffers
#            resized by __index__, malformed binascii/json input, deque and
#            OrderedDict mutated from __eq__/__hash__, random re patterns,
#            help()/round()/platform, str/bytes methods with huge counts,
#            int/float conversions of huge values, deep nesting
#   iter     itertools/functools/operator/array and the frozen lib/ modules
#            (tools/fuzz/gen_iter.py): huge and negative counts, iterators
#            that raise or re-enter the object consuming them, callbacks
#            that mutate the iterated list or the lru_cache, deep partials
#   s8       session 8's APIs (tools/fuzz/gen_s8.py): RingIO over buffers
#            that move or die, pend_throw, raises under heap_lock, const(),
#            exec with odd __builtins__/closure=, surrogate/NUL/long paths,
#            open() with every encoding and error handler
#   s9       session 9's for-loop iterator slots (tools/fuzz/gen_s9.py): nested
#            loops over every built-in sequence and odd ranges, left by break/
#            return/raise/yield through try/finally/with, sequences mutated
#            while iterated, generators thrown into, heap_lock; array('O')
#   s10      session 10's changes (tools/fuzz/gen_s10.py): descriptors that
#            raise AttributeError before __getattr__ (added/deleted on the
#            fly), ModuleType subclasses, os.PathLike, str encode/decode with
#            every codec/error handler (also under heap_lock), AF_UNIX
#            surrogate names, poll.register of odd objects, asyncio
#            StreamReader feeding, traceback printing, dict view set
#            operations, match helpers, module.__class__ assignment under
#            live references, iterator __setstate__ with odd indexes (its
#            --diff mode compares the codec and StreamReader cases with CPython)
#   s11      session 11's changes (tools/fuzz/gen_s11.py): sys.meta_path
#            finders that raise, return junk specs/loaders or mutate
#            sys.meta_path/sys.modules mid-import; ModuleType subclasses whose
#            __class__ switches during lookups, sys.__class__, ModuleType
#            __new__/__init__ re-run; exception __dict__ set to dict
#            subclasses, __suppress_context__, characters_written; struct
#            sequence match subjects, class __class__ = metaclass; latin-9/cp437
#            with every error handler; re repeats/lookbehinds; unions of
#            aliases subscripted with junk (its --diff: codecs and re)
#   sock     socket/select/errno callables on sockets in every state, with
#            awkward arguments (tools/fuzz/gen_sock_s10.py; its --diff mode
#            compares each outcome with CPython)
#   lang     match statements with random (valid and invalid) patterns and
#            hostile subjects, except* with odd groups, types and derive(),
#            generators closed/thrown into/re-entered while running
#            (tools/fuzz/gen_lang.py); each case runs through exec()
#
# The saved case NAME.py comes with NAME.txt: the command, the exit status,
# the signature and the end of stderr. A hang is stopped with SIGABRT first,
# so that a sanitizer build prints where it was: its signature is
# hang-FUNCTION@FILE (the innermost frame of ours), plain "hang" otherwise. Cases are deduplicated by signature
# (at most --keep per signature). crashes/ is git-ignored.

import argparse
import hashlib
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_modules import strat_modules  # noqa: E402
from gen_iter import strat_iter  # noqa: E402
from gen_lang import strat_lang  # noqa: E402
from gen_s8 import strat_s8  # noqa: E402
from gen_s9 import strat_s9  # noqa: E402
from gen_s10 import strat_s10  # noqa: E402
from gen_s11 import strat_s11  # noqa: E402
from gen_sock_s10 import strat_sock  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CRASH_DIR = os.path.join(HERE, "crashes")

SAN_ENV = {
    # handle_abort: a hung case gets SIGABRT first, and ASan prints where it
    # was, which gives the hang a signature (see execute and run_in).
    "ASAN_OPTIONS": "detect_stack_use_after_return=0:detect_leaks=0:allocator_may_return_null=1:"
                    "handle_abort=1",
    "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
}

# --- verdicts ----------------------------------------------------------------

RE_ASAN = re.compile(r"ERROR: AddressSanitizer: ([\w-]+)")
RE_FRAME = re.compile(r"#\d+ 0x[0-9a-f]+ in (\S+) (\S+)")
RE_UBSAN = re.compile(r"(\S+?):(\d+):\d+: runtime error: (.*)")
RE_ASSERT = re.compile(r"(\S+:\d+): [^:]*: Assertion")


class Verdict:
    def __init__(self, kind, signature, status, stdout, stderr, elapsed):
        self.kind = kind  # ok, crash, hang, diff
        self.signature = signature
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.elapsed = elapsed


def first_own_frame(text):
    for m in RE_FRAME.finditer(text):
        func, loc = m.group(1), m.group(2)
        if "sanitizer" in loc or "/libc" in loc or loc.startswith("(") or "libc.so" in loc:
            continue
        loc = re.sub(r":\d+(:\d+)?$", "", loc)  # file only: lines drift
        return "%s@%s" % (func, os.path.basename(loc))
    return "?"


def classify(status, stderr, ignore=()):
    # Returns a signature for a crash, or None for a normal end. UBSan
    # reports matching an --ignore pattern are skipped (a build with
    # -fsanitize-recover=undefined goes on after them).
    err = stderr.decode("utf-8", "replace")
    m = RE_ASAN.search(err)
    if m:
        return "asan-%s-%s" % (m.group(1), first_own_frame(err[m.start():]))
    for m in RE_UBSAN.finditer(err):
        what = re.sub(r"[0-9]+|'[^']*'", "N", m.group(3))[:40]
        sig = "ubsan-%s:%s-%s" % (os.path.basename(m.group(1)), m.group(2), what)
        if not any(re.search(p, sig) for p in ignore):
            return sig
    m = RE_ASSERT.search(err)
    if m:
        return "assert-" + os.path.basename(m.group(1))
    if "FATAL:" in err:
        return "fatal-" + re.sub(r"0x[0-9a-f]+", "ADDR", err[err.index("FATAL:"):].split("\n")[0])
    if status < 0 and status != -signal.SIGINT:  # (an uncaught KeyboardInterrupt)
        return "signal-%d" % -status
    if status >= 128 + 1 and status <= 128 + 64 and status != 130:
        return "status-%d" % status
    return None


def limit_cpu(seconds):
    def f():
        os.setsid()
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return f


def limit_cpython(seconds):
    def f():
        limit_cpu(seconds)()
        # CPython has no fixed heap: keep a memory bomb from hurting the host.
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    return f


# Children still running, so that a stop (Ctrl-C, SIGTERM) can end them.
RUNNING = set()
RUNNING_LOCK = threading.Lock()


def kill_running():
    with RUNNING_LOCK:
        for p in RUNNING:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass


def execute(argv, cwd, env, timeout, preexec):
    # The binary may be being rebuilt (ETXTBSY, EACCES, ENOENT): wait for it.
    for attempt in range(120):
        try:
            t0 = time.monotonic()
            p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 preexec_fn=preexec)
            break
        except OSError:
            if attempt == 119:
                raise
            time.sleep(1)
    with RUNNING_LOCK:
        RUNNING.add(p)
    try:
        out, err = p.communicate(timeout=timeout)
        return out[-20000:], err[-50000:], p.returncode, False, time.monotonic() - t0
    except subprocess.TimeoutExpired:
        # SIGABRT first: a sanitizer build prints the stack of the hang.
        try:
            os.killpg(p.pid, signal.SIGABRT)
            out, err = p.communicate(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            out, err = p.communicate()
        return out[-20000:], err[-50000:], p.returncode, True, time.monotonic() - t0
    finally:
        with RUNNING_LOCK:
            RUNNING.discard(p)


class Runner:
    def __init__(self, binary, cpython, timeout, ignore=(), hang_ratio=0.5):
        self.ignore = ignore
        self.hang_ratio = hang_ratio
        self.binary = binary
        self.cpython = cpython
        self.timeout = timeout
        self.env = dict(os.environ)
        self.env.update(SAN_ENV)
        self.env.pop("MICROPYPATH", None)
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.env["PYTHONHASHSEED"] = "0"

    def run_in(self, workdir, src, extra_args=(), diff=False):
        # Runs one program in an empty workdir (programs may create files).
        for name in os.listdir(workdir):
            path = os.path.join(workdir, name)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        with open(os.path.join(workdir, "case.py"), "wb") as f:
            f.write(src)
        argv = [self.binary] + list(extra_args) + ["case.py"]
        out, err, status, timed_out, elapsed = execute(
            argv, workdir, self.env, self.timeout, limit_cpu(int(self.timeout) + 2))
        # SIGKILL at the timeout and SIGXCPU at the CPU limit mean a hang.
        timed_out = timed_out or status == -signal.SIGXCPU
        hang_sig = "hang"
        err_cls = err
        if timed_out:
            # The report made by our SIGABRT is no crash, but it tells where
            # the program was stuck.
            k = err.find(b"AddressSanitizer: ABRT")
            if k >= 0:
                hang_sig = "hang-" + first_own_frame(err[k:].decode("utf-8", "replace"))
                err_cls = err[:k]
        sig = classify(status if not timed_out else 0, err_cls, self.ignore)
        if sig:
            return Verdict("crash", sig, status, out, err, elapsed)
        if timed_out:
            # A hang only if CPython finishes the same program in good time:
            # mutations easily make loops that never end.
            c_out, c_err, c_status, c_timed_out, c_elapsed = self.run_cpython(workdir, src)
            # CPython refuses to print ints of over 4300 digits at once; we
            # print them (slowly), as MicroPython does.
            limited = b"integer string conversion" in c_err
            if not c_timed_out and not limited and c_elapsed < self.timeout * self.hang_ratio:
                return Verdict("hang", hang_sig, status, out, err, elapsed)
            return Verdict("ok", None, status, out, err, elapsed)
        if diff:
            c_out, c_err, c_status, c_timed_out, _ = self.run_cpython(workdir, src)
            if not c_timed_out and (c_out != out or (c_status == 0) != (status == 0)):
                v = Verdict("diff", "diff", status, out, err, elapsed)
                v.cpython = (c_out, c_err, c_status)
                return v
        return Verdict("ok", None, status, out, err, elapsed)

    def run_cpython(self, workdir, src):
        with open(os.path.join(workdir, "case.py"), "wb") as f:
            f.write(src)
        return execute([self.cpython, "case.py"], workdir, self.env, self.timeout,
                       limit_cpython(int(self.timeout) + 2))


# --- program sources ------------------------------------------------------------

TOKEN_RE = re.compile(r"""
 (?P<str>[rRbBuUfF]{0,2}(?:'''[\s\S]*?'''|\"\"\"[\s\S]*?\"\"\"|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))
|(?P<num>0[xXoObB][0-9a-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?[jJ]?|\.\d+(?:[eE][+-]?\d+)?[jJ]?)
|(?P<name>[^\W\d]\w*)
|(?P<op>\*\*=|//=|>>=|<<=|->|:=|\.\.\.|[-+*/%&|^@<>=!]=|\*\*|//|<<|>>|[-+*/%&|^~@<>=(){}\[\].,:;])
|(?P<nl>\r?\n)
|(?P<ws>[ \t]+)
|(?P<comment>\#[^\n]*)
|(?P<other>[\s\S])
""", re.X)

KEYWORDS = ("if else elif while for in not and or is lambda yield return break continue pass "
            "def class try except finally raise with as global nonlocal del assert import from "
            "async await None True False").split()
OPERATORS = ("+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != = += -= *= /= //= %= **= "
             ">>= <<= &= |= ^= @= := -> . , : ; ( ) [ ] { } ...").split()
ODD_LITERALS = ["0", "-1", "1e308", "1e-320", "0x7fffffffffffffff", "2**64", "10**100", "''",
                "b''", "'\\x00'", "'\\udcff'", "'\\U0010ffff'", "1j", "0.0", "-0.0",
                "float('nan')", "None", "...", "NotImplemented", "[]", "{}", "()", "*x", "**k",
                "f'{x!r:>{w}}'", "u'x'", "rb'\\x'", "0b1_0", "1_000", "0o777", "123456789" * 8]


def tokenize(src):
    return [(m.lastgroup, m.group()) for m in TOKEN_RE.finditer(src)]


def significant(tokens):
    return [i for i, (kind, _) in enumerate(tokens) if kind not in ("ws", "nl", "comment")]


class Corpus:
    def __init__(self, dirs):
        self.files = []
        for d in dirs:
            for name in sorted(os.listdir(d)):
                if name.endswith(".py"):
                    with open(os.path.join(d, name), "r", encoding="utf-8", errors="replace") as f:
                        self.files.append(f.read())
        if not self.files:
            sys.exit("fuzz: empty corpus")
        self.pool = set(KEYWORDS) | set(OPERATORS) | set(ODD_LITERALS)
        for src in self.files[:200]:
            for kind, text in tokenize(src):
                if kind in ("name", "num", "op") or (kind == "str" and len(text) < 30):
                    self.pool.add(text)
        self.pool = sorted(self.pool)

    def pick(self, rnd):
        return rnd.choice(self.files)


# --- strategies ------------------------------------------------------------------

def strat_tokens(rnd, corpus):
    tokens = tokenize(corpus.pick(rnd))
    for _ in range(rnd.choice((1, 1, 2, 3, 5, 10))):
        sig = significant(tokens)
        if not sig:
            break
        i = rnd.choice(sig)
        op = rnd.randrange(5)
        if op == 0:
            del tokens[i]
        elif op == 1:
            tokens.insert(i, tokens[i])
        elif op == 2:
            j = rnd.choice(sig)
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op == 3:
            tokens[i] = ("op", rnd.choice(corpus.pool))
        else:
            tokens.insert(i, ("ws", " "))
            tokens.insert(i, ("op", rnd.choice(corpus.pool)))
    return "".join(t for _, t in tokens)


def strat_lines(rnd, corpus):
    lines = corpus.pick(rnd).split("\n")
    for _ in range(rnd.choice((1, 2, 3, 6))):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        op = rnd.randrange(6)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            line = lines.pop(i)
            lines.insert(rnd.randrange(len(lines) + 1), line)
        elif op == 4:
            other = corpus.pick(rnd).split("\n")
            chunk = other[rnd.randrange(len(other)):][: rnd.randint(1, 8)]
            indent = re.match(r"[ \t]*", lines[i]).group()
            lines[i:i] = [indent + ln.lstrip() if k == 0 else ln for k, ln in enumerate(chunk)]
        else:
            delta = rnd.choice(("    ", "\t", " ", ""))
            lines[i] = delta + lines[i] if delta else lines[i].lstrip()
    return "\n".join(lines)


def strat_bytes(rnd, corpus):
    data = bytearray(corpus.pick(rnd).encode())
    junk = [b"\x00", b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\t",
            b"\r", b"\r\n", b"\x0c", b"\xef\xbb\xbf", b"\\", b"'", b'"', b'"""', b"#", b"\n ",
            b"\xe9", "\u00e9".encode(), "\U0001f600".encode(), b"\x1a", b"\x7f"]
    for _ in range(rnd.choice((1, 2, 4, 8))):
        if not data:
            break
        i = rnd.randrange(len(data))
        op = rnd.randrange(4)
        if op == 0:
            data[i:i] = rnd.choice(junk)
        elif op == 1:
            data[i] = rnd.randrange(256)
        elif op == 2:
            del data[i : i + rnd.randint(1, 16)]
        else:
            j = rnd.randrange(len(data))
            data[i:i] = data[j : j + rnd.randint(1, 40)]
    return bytes(data)


WRAPPERS = [
    ("if {c}:", None),
    ("if not {c}:\n{i}    pass\n{i}else:", None),
    ("for _v{n} in range(2):", None),
    ("for _v{n} in []:\n{i}    pass\n{i}else:", None),
    ("while _w{n}:\n{i}    _w{n} = 0", "_w{n} = 1"),
    ("try:", "EXCEPT"),
    ("try:", "FINALLY"),
    ("with _Ctx():", None),
    ("def _f{n}():", "CALL"),
    ("def _g{n}():\n{i}    yield 0", "GEN"),
    ("async def _a{n}():", "ASYNC"),
    ("class _C{n}:", None),
    ("lambda_ = lambda: 0\n{i}if lambda_:", None),
]

PRELUDE = """class _Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def _drive(c):
    try:
        while True: c.send(None)
    except StopIteration: pass
"""


def wrap_block(rnd, lines, n):
    if not lines:
        return lines
    i = rnd.randrange(len(lines))
    j = min(len(lines), i + rnd.randint(1, 10))
    indent = re.match(r"[ \t]*", lines[i]).group()
    head, extra = rnd.choice(WRAPPERS)
    cond = rnd.choice(("1", "0", "True", "None", "[0]", "x" if n % 2 else "_Ctx"))
    head = head.format(c=cond, n=n, i=indent)
    body = ["    " + ln for ln in lines[i:j]]
    out = [indent + head] + body
    if extra == "EXCEPT":
        out += [indent + "except Exception as _e%d:" % n, indent + "    print(type(_e%d).__name__)" % n]
    elif extra == "FINALLY":
        out += [indent + "finally:", indent + "    pass"]
    elif extra == "CALL":
        out += [indent + "_f%d()" % n]
    elif extra == "GEN":
        out += [indent + "list(_g%d())" % n]
    elif extra == "ASYNC":
        out += [indent + "_drive(_a%d())" % n]
    elif extra:
        out = [indent + extra.format(n=n)] + out
    return lines[:i] + out + lines[j:]


def deep_snippet(rnd):
    d = rnd.choice((3, 10, 30, 60, 100, 200, 1000, 5000))
    kind = rnd.randrange(24)
    if kind == 0:
        return "x = " + "(" * d + "1" + ")" * d
    if kind == 1:
        return "x = " + "[" * d + "]" * d
    if kind == 2:
        return "x = " + "{1: " * d + "0" + "}" * d
    if kind == 3:
        return "x = " + "-~not " * (d // 3) + "1"
    if kind == 4:
        return "x = " + "lambda: " * d + "1\nfor _ in range(%d): x = x()" % d
    if kind == 5:
        return "x = " + "[" * (d // 10 + 1) + "y for y in " * 1 + "[1]" + "]" * (d // 10 + 1)
    if kind == 6:
        s = ""
        for k in range(min(d, 100)):
            s += " " * k + "def f%d():\n" % k
        return s + " " * min(d, 100) + "return 1\n"
    if kind == 7:
        s = ""
        for k in range(min(d, 60)):
            s += " " * k + "try:\n"
        s += " " * min(d, 60) + "raise ValueError\n"
        for k in range(min(d, 60) - 1, -1, -1):
            s += " " * k + rnd.choice(("finally:\n", "except ValueError:\n", "except:\n"))
            s += " " * (k + 1) + rnd.choice(("pass", "raise", "x = 1")) + "\n"
        return s
    if kind == 8:
        return "x = 1" + " + 1" * d * 10
    if kind == 9:
        return "x = 0 " + " ".join(rnd.choice(("<", "==", "is", "in", "not in")) + " 1" for _ in range(d))
    if kind == 10:
        return "def f(*a, **k): return len(a) + len(k)\nprint(f(%s))" % ", ".join(
            ("%d" % k if k % 2 else "k%d=%d" % (k, k)) if rnd.random() < 0.5 else "%d" % k
            for k in range(d))
    if kind == 11:
        return "x = f'" + "{f'" * min(d, 10) + "{1}" + "'}" * min(d, 10) + "'"
    if kind == 12:
        return "x = 1" + "".join(rnd.choice((".real", ".imag", "()", "[0]")) for _ in range(d))
    if kind == 13:
        return "x = " + " if 1 else ".join(["1"] * d)
    if kind == 14:
        return "def g():\n" + "".join("    x%d = yield %d\n" % (k, k) for k in range(d)) + "list(g())"
    if kind == 15:
        return "x = " + repr("a" * d * 100) + " * %d" % d
    if kind == 16:
        return "import sys\nsys.setrecursionlimit(%d)\ndef r(n): return r(n + 1)\nr(0)" % (d * 100)
    if kind == 17:
        return "x = {" + ", ".join("%d: %d" % (k % 7, k) for k in range(d)) + "}"
    if kind == 18:
        return "@" + "\n@".join(["(lambda f: f)"] * min(d, 500)) + "\ndef f(): pass"
    if kind == 19:
        return "x = [1] * 2\nx = [" + "*x, " * d + "]\nprint(len(x))"
    if kind == 20:
        return "x = %d ** %d" % (rnd.choice((2, 3, 10, -7)), rnd.choice((d, d * 100, 64, 1000)))
    if kind == 21:
        s = "for a in range(2):\n"
        for k in range(1, min(d, 20)):
            s += "    " * k + rnd.choice(("for a%d in range(2):\n" % k, "while True:\n",
                                         "try:\n", "with _Ctx():\n"))
        s += "    " * min(d, 20) + rnd.choice(("break", "continue", "pass")) + "\n"
        return PRELUDE + s + "\nprint('loops ok')"
    if kind == 22:
        return "x = " + "(y for y in " * min(d, 200) + "[1]" + ")" * min(d, 200) + "\nprint(list(x))"
    s = ""
    for k in range(min(d, 100)):
        s += "    " * k + "class A%d:\n" % k
    return s + "    " * min(d, 100) + "x = __qualname__\n"


def strat_nest(rnd, corpus):
    if rnd.random() < 0.4:
        return deep_snippet(rnd)
    lines = corpus.pick(rnd).split("\n")
    for n in range(rnd.choice((1, 2, 4, 8))):
        lines = wrap_block(rnd, lines, n)
    return PRELUDE + "x = 1\n" + "\n".join(lines)


VALUES = [
    "0", "1", "-1", "7", "2**31", "2**63", "-2**64", "10**40", "True", "False", "None",
    "0.0", "-0.0", "1.5", "1e308", "float('nan')", "float('inf')", "1j", "''", "'abc'",
    "'\\u00e9\\U0001f600'", "'a' * 1000", "b''", "b'ab\\x00c'", "bytearray(b'xyz')",
    "memoryview(b'abcd')", "memoryview(bytearray(8))", "[]", "[1, 'a', None]",
    "list(range(50))", "()", "(1, 2)", "{}", "{'a': 1, 2: [3]}", "set()", "{1, 2}",
    "frozenset([1])", "range(5)", "range(-3, 10**20, 7)", "slice(1, None, 2)", "object()",
    "int", "str", "type", "object", "list", "dict", "BaseException", "Exception('e', 1)",
    "ValueError", "StopIteration(5)", "lambda *a, **k: a", "len", "print", "iter([1, 2])",
    "(x for x in range(3))", "zip([1], [2])", "enumerate('ab')", "map(abs, [-1])",
    "reversed([1, 2])", "NotImplemented", "Ellipsis", "super", "property(lambda s: 1)",
    "staticmethod(len)", "classmethod(len)", "Odd()", "Odd", "OddIter()", "Sub(5)",
    "SubStr('q')", "SubList([1])", "SubDict(a=1)", "_gen", "_gen()", "_coro()", "Box",
    "Box()", "Box().method", "sys", "-5", "255", "256", "0x110000", "'%s %d'", "'{}{0}'",
    "'{!r:>10}'", "'%*.*f'", "b'%s'", "' \\t\\n'", "'\\x00'", "[[]] * 3", "{0: {}}",
]

PRELUDE_CALLS = """import sys
class Odd:
    def __len__(self): return -1
    def __index__(self): return 'x'
    def __int__(self): return 1.5
    def __float__(self): return 'f'
    def __hash__(self): return 2**70
    def __eq__(self, o): raise KeyError('eq')
    def __lt__(self, o): return NotImplemented
    def __bool__(self): return 2
    def __iter__(self): return 5
    def __getitem__(self, i): raise IndexError
    def __repr__(self): return 7
    def __str__(self): raise ValueError('str')
    def __format__(self, spec): return None
    def __call__(self, *a): return self
    def __contains__(self, x): return 'yes'
    def __getattr__(self, n): raise AttributeError(n)
class OddIter:
    def __iter__(self): return self
    def __next__(self): raise TypeError('next')
class Sub(int): pass
class SubStr(str): pass
class SubList(list): pass
class SubDict(dict): pass
class Box:
    def method(self, *a, **k): return (a, k)
def _gen():
    x = yield 1
    yield x
async def _coro():
    return 1
def _t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__)
        try:
            print(repr(r)[:40])
        except Exception as e:
            print('repr', type(e).__name__)
    except Exception as e:
        print(type(e).__name__)
"""

_method_cache = {}


def methods_of(expr):
    # Attribute names of a value, asked of the CPython running the fuzzer.
    if expr not in _method_cache:
        warnings.simplefilter("ignore")
        env = {}
        try:
            exec(PRELUDE_CALLS, env)
            v = eval(expr, env)
            names = [n for n in dir(v) if n not in ("__del__", "__init_subclass__")]
        except Exception:
            names = []
        _method_cache[expr] = names
    return _method_cache[expr]


BUILTINS = ("abs all any ascii bin bool bytearray bytes callable chr classmethod compile complex "
            "delattr dict dir divmod enumerate eval exec filter float format frozenset getattr "
            "globals hasattr hash hex id int isinstance issubclass iter len list locals map max "
            "memoryview min next object oct ord pow print property range repr reversed round set "
            "setattr slice sorted staticmethod str sum super tuple type vars zip __build_class__ "
            "__import__").split()

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "<", ">", "<=",
          ">=", "==", "!=", "in", "not in", "is"]


def rand_args(rnd, n=None):
    if n is None:
        n = rnd.choice((0, 1, 1, 2, 2, 3, 4, 7))
    args = [rnd.choice(VALUES) for _ in range(n)]
    if rnd.random() < 0.15:
        args.append("*" + rnd.choice(("[]", "[1, 2]", "range(300)", "'ab'", "Odd()", "None")))
    if rnd.random() < 0.2:
        args.append("%s=%s" % (rnd.choice(("key", "x", "default", "start", "sep", "end", "base",
                                           "reverse", "encoding", "errors", "k")),
                               rnd.choice(VALUES)))
    if rnd.random() < 0.05:
        args.append("**" + rnd.choice(("{}", "{'a': 1}", "Odd()", "{1: 2}")))
    return ", ".join(args)


def call_stmt(rnd):
    k = rnd.randrange(12)
    v = rnd.choice(VALUES)
    if k <= 2:
        return "_t(%s, %s)" % (rnd.choice(BUILTINS), rand_args(rnd))
    if k <= 5:
        names = methods_of(v)
        if not names:
            return "_t(lambda: %s)" % v
        return "_t(lambda: (%s).%s(%s))" % (v, rnd.choice(names), rand_args(rnd))
    if k == 6:
        # A method taken from one type and applied to a value of another.
        t = rnd.choice(("int", "str", "bytes", "list", "dict", "set", "tuple", "float",
                        "bytearray", "object", "type", "BaseException", "range", "frozenset"))
        names = methods_of(t)
        if not names:
            return "pass"
        return "_t(lambda: %s.%s(%s))" % (t, rnd.choice(names), rand_args(rnd))
    if k == 7:
        return "_t(lambda: (%s) %s (%s))" % (v, rnd.choice(BINOPS), rnd.choice(VALUES))
    if k == 8:
        op = rnd.choice(("+=", "-=", "*=", "|=", "&=", "//=", "%=", "**=", "<<=", "@="))
        return "try:\n    _x = %s\n    _x %s %s\n    print(type(_x).__name__)\nexcept Exception as e:\n    print(type(e).__name__)" % (v, op, rnd.choice(VALUES))
    if k == 9:
        kind = rnd.randrange(4)
        w = rnd.choice(VALUES)
        body = ("_x[%s]" % w, "_x[%s] = %s" % (w, rnd.choice(VALUES)), "del _x[%s]" % w,
                "_x[%s:%s:%s]" % (w, rnd.choice(VALUES), rnd.choice(VALUES)))[kind]
        return "try:\n    _x = %s\n    %s\nexcept Exception as e:\n    print(type(e).__name__)" % (v, body)
    if k == 10:
        names = methods_of(v) or ["x"]
        act = rnd.choice(("setattr(_x, %r, %s)" % (rnd.choice(names), rnd.choice(VALUES)),
                          "delattr(_x, %r)" % rnd.choice(names),
                          "_x.__class__ = %s" % rnd.choice(VALUES),
                          "print(type(getattr(_x, %r)).__name__)" % rnd.choice(names)))
        return "try:\n    _x = %s\n    %s\nexcept Exception as e:\n    print(type(e).__name__)" % (v, act)
    return "_t(lambda: %s(%s))" % (rnd.choice(("format", "str.format", "'%s'.__mod__", "int", "bytes", "hash", "iter", "next", "sorted", "min", "max", "sum", "round", "divmod", "pow", "isinstance", "issubclass", "type", "super", "slice", "range", "chr", "ord", "eval", "exec", "compile")), rand_args(rnd))


def strat_calls(rnd, corpus):
    return PRELUDE_CALLS + "\n".join(call_stmt(rnd) for _ in range(rnd.randint(5, 40))) + "\nprint('end')\n"


EVIL = [
    # Containers mutated by the callbacks of their own operations.
    "L = list(range({n}))\ntry:\n    L.sort(key=lambda x: L.{m}({a}))\nexcept Exception as e:\n    print(type(e).__name__)\nprint(len(L))",
    "L = list(range({n}))\nclass E:\n    def __eq__(self, o):\n        L.{m}({a})\n        return False\ntry:\n    print(E() in L, L.count(E()))\n    L.index(E())\nexcept Exception as e:\n    print(type(e).__name__)",
    "L = list(range({n}))\nclass E:\n    def __lt__(self, o):\n        L.clear()\n        return True\n    __gt__ = __lt__\nL.append(E())\ntry:\n    L.sort()\nexcept Exception as e:\n    print(type(e).__name__)\nprint(len(L))",
    "D = {{i: i for i in range({n})}}\nclass K:\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        D.clear()\n        return False\ntry:\n    D[K()] = 1\n    print(K() in D, len(D))\nexcept Exception as e:\n    print(type(e).__name__)",
    "D = {{i: i for i in range({n})}}\ntry:\n    for k in D:\n        D[k + {n}] = 0\nexcept RuntimeError:\n    print('RuntimeError')\nprint(len(D) > 0)",
    "S = set(range({n}))\nclass K:\n    def __hash__(self): return 3\n    def __eq__(self, o):\n        S.clear()\n        return True\ntry:\n    S.add(K())\n    print(K() in S)\nexcept Exception as e:\n    print(type(e).__name__)",
    "B = bytearray(b'x' * {n})\nm = memoryview(B)\ntry:\n    B.extend(b'y' * 1000)\n    B.clear()\n    print(len(m), m[:3].tobytes() if len(m) else b'')\nexcept Exception as e:\n    print(type(e).__name__)",
    "L = [1, 2, 3]\ndef g():\n    for i in range({n}):\n        L.append(i)\n        yield i\ntry:\n    L.extend(g())\n    L[1:2] = g()\nexcept Exception as e:\n    print(type(e).__name__)\nprint(len(L))",
    "L = list(range({n}))\nclass I:\n    def __index__(self):\n        L.clear()\n        return 1\ntry:\n    print(L[I()])\nexcept Exception as e:\n    print(type(e).__name__)\ntry:\n    L[I():I()] = [1, 2]\n    print(L)\nexcept Exception as e:\n    print(type(e).__name__)",
    "L = list(range({n}))\nfor x in L:\n    if len(L) < {n} * 2:\n        L.{m}({a})\nprint(len(L))",
    "class S(str):\n    def __hash__(self): return 0\n    def __eq__(self, o):\n        G.clear()\n        return False\nG = globals().copy()\nd = {{S('a'): 1, S('b'): 2}}\nprint(len(d))",
    "L = [0] * {n}\nclass X:\n    def __iter__(self):\n        L.clear()\n        return iter([1, 2, 3])\ntry:\n    L[:] = X()\n    L += X()\n    print(L)\nexcept Exception as e:\n    print(type(e).__name__)",
    "s = 'abc' * {n}\nclass R:\n    def __index__(self): return -10**30\ntry:\n    print(s[R():], s[:R()], s[::R() or 1])\nexcept Exception as e:\n    print(type(e).__name__)",
    "class M:\n    def __len__(self): return 2**62\n    def __getitem__(self, i): return i\ntry:\n    print(list(M())[:3])\n    print(len(M()))\n    print(bytes(M()))\nexcept Exception as e:\n    print(type(e).__name__)",
    "def g():\n    try:\n        yield 1\n    finally:\n        G.append(next(it, None))\nG = []\nit = g()\nnext(it)\ntry:\n    it.close()\nexcept Exception as e:\n    print(type(e).__name__)\nprint(G)",
    "def g():\n    yield it.send(None)\nit = g()\ntry:\n    next(it)\nexcept Exception as e:\n    print(type(e).__name__)",
    "def g():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            {m2}\nit = g()\nnext(it)\ntry:\n    it.close()\nexcept Exception as e:\n    print(type(e).__name__)\nprint('closed')",
    "class E(Exception):\n    def __str__(self): raise E()\n    def __repr__(self): return self\ntry:\n    raise E()\nexcept E as e:\n    try:\n        print(str(e))\n    except RecursionError:\n        print('RecursionError')\n    except Exception as x:\n        print(type(x).__name__)",
    "e = ValueError()\ne.__context__ = e\ne.__cause__ = e\ntry:\n    raise e\nexcept ValueError as x:\n    print(x.__cause__ is x)",
    "L = [1]\nL.append(L)\nD = {{}}\nD[1] = D\nprint(L, D, str(L)[:20])\ntry:\n    print(L == L[:], L < [2])\nexcept Exception as e:\n    print(type(e).__name__)",
    "class A:\n    def __del__(self): print('del')\nfor i in range({n}):\n    A()\nimport gc\ngc.collect()\nprint('collected')",
    "x = [object() for i in range({n})]\nimport gc\nfor i in range(3):\n    gc.collect()\n    x = [[x, i] for i in range(10)]\nprint(len(x))",
    "def f():\n    return sys._getframe if hasattr(sys, '_getframe') else None\nimport sys\nclass C:\n    def __init__(self): C.__init__ = None\nC()\ntry:\n    C()\nexcept TypeError:\n    print('TypeError')",
    "class C:\n    pass\nC.__bases__ if hasattr(C, '__bases__') else None\ntry:\n    C.__class__ = int\nexcept TypeError:\n    print('TypeError')\nc = C()\ntry:\n    c.__class__ = {v}\nexcept Exception as e:\n    print(type(e).__name__)\nprint(type(c).__name__)",
    "it = iter(range({n}))\nclass K:\n    def __eq__(self, o):\n        next(it, None)\n        return False\nprint(K() in it)",
    "try:\n    raise ValueError\nexcept ValueError as e:\n    x = e\ndel x\nimport gc\ngc.collect()\ntry:\n    print(e)\nexcept NameError:\n    print('NameError')",
    "def f(*, a, b=1, **k): return a, b, k\nfor args in [(), (1,), ({{}},)]:\n    try:\n        print(f(*args, **{{'a': 1, 'b': 2, 'c': 3}}))\n        print(f(*args, **{{'a': 1}}, a=2))\n    except TypeError:\n        print('TypeError')",
    "x = {v}\nfor i in range(3):\n    try:\n        x = x.__class__.__new__(x.__class__)\n        print(type(x).__name__)\n    except Exception as e:\n        print(type(e).__name__)",
    "import gc\nclass N:\n    def __init__(self, n): self.n = n\nclass H:\n    def __hash__(self):\n        gc.collect()\n        return 1\nd = {{H(): i for i in range({n} % 50)}}\ns = {{H() for i in range(5)}}\nprint(len(d), len(s))",
]

EVIL_METHODS = ["clear", "append", "pop", "insert", "extend", "sort", "reverse", "remove"]
EVIL_ARGS = {"clear": "", "append": "0", "pop": "", "insert": "0, 0", "extend": "range(5)",
             "sort": "", "reverse": "", "remove": "0"}


# Arguments whose conversion (__index__, __eq__, __hash__, __iter__, __len__,
# __str__) mutates the container that the operation is working on.
EVIL_TARGETS = {
    "list": ("list(range({n}))", ("clear()", "extend(range(300))", "pop()", "insert(0, 1)",
                                  "sort(reverse=True)", "__setitem__(slice(None), [])")),
    "bytearray": ("bytearray(b'abcdef' * {n})", ("clear()", "extend(b'z' * 300)", "pop()",
                                                  "__delitem__(slice(0, 3))", "reverse()")),
    "dict": ("{{i: i for i in range({n})}}", ("clear()", "update({{k: 0 for k in range(100, 300)}})",
                                             "popitem()", "pop(1, 0)")),
    "set": ("set(range({n}))", ("clear()", "update(range(100, 300))", "pop()", "discard(1)")),
}


def evil_index(rnd):
    kind = rnd.choice(sorted(EVIL_TARGETS))
    ctor, muts = EVIL_TARGETS[kind]
    n = rnd.choice((0, 1, 3, 10, 100))
    mut = rnd.choice(muts)
    lines = ["X = " + ctor.format(n=n),
             "class I:",
             "    def __init__(self, v=1): self.v = v",
             "    def __index__(self):",
             "        try: X.%s" % mut,
             "        except Exception: pass",
             "        return self.v",
             "    def __eq__(self, o):",
             "        try: X.%s" % mut,
             "        except Exception: pass",
             "        return False",
             "    def __hash__(self):",
             "        try: X.%s" % mut,
             "        except Exception: pass",
             "        return self.v",
             "    def __iter__(self):",
             "        try: X.%s" % mut,
             "        except Exception: pass",
             "        return iter([1, 2, 3])",
             "    def __len__(self): return self.v",
             "    __lt__ = __gt__ = __le__ = __ge__ = __eq__",
             "def _t(f):",
             "    try:",
             "        print(repr(f())[:50])",
             "    except Exception as e:",
             "        print(type(e).__name__)"]
    methods = [m for m in methods_of(ctor.format(n=3)) if not m.startswith("__") or m in (
        "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iadd__", "__imul__",
        "__eq__", "__lt__", "__or__", "__and__", "__sub__", "__xor__", "__ior__", "__isub__")]
    for _ in range(rnd.randint(3, 12)):
        v = "I(%s)" % rnd.choice(("0", "1", "-1", "5", "50", "-200", "2**40"))
        other = rnd.choice((v, "0", "1", "-1", "3", "None", "b'x'", "[1]", "1000"))
        k = rnd.randrange(6)
        if k == 0:
            expr = "X[%s]" % v
        elif k == 1:
            expr = "X.__setitem__(%s, %s)" % (v, other)
        elif k == 2:
            sl = "slice(%s, %s, %s)" % tuple(rnd.choice((v, other, "None")) for _ in range(3))
            expr = rnd.choice(("X[%s]", "X.__delitem__(%s)", "X.__setitem__(%%s, [%s, %s])" % (v, v),
                               "X.__setitem__(%%s, %s)" % v)) % sl
        elif methods:
            args = ", ".join(rnd.choice((v, other)) for _ in range(rnd.randint(0, 3)))
            expr = "X.%s(%s)" % (rnd.choice(methods), args)
        else:
            expr = "X[%s]" % v
        lines.append("_t(lambda: %s)" % expr)
    lines.append("print(len(X))")
    return "\n".join(lines)


def strat_evil(rnd, corpus):
    if rnd.random() < 0.5:
        return evil_index(rnd) + "\nprint('end')\n"
    parts = []
    for _ in range(rnd.randint(1, 4)):
        m = rnd.choice(EVIL_METHODS)
        tpl = rnd.choice(EVIL)
        parts.append(tpl.format(n=rnd.choice((0, 1, 2, 5, 17, 100, 1000)), m=m,
                                a=EVIL_ARGS[m], v=rnd.choice(VALUES),
                                m2=rnd.choice(("pass", "yield 5", "return", "raise"))))
    return "import sys\n" + "\n".join(parts) + "\nprint('end')\n"


# Random valid programs: a few variables, nested control flow, functions,
# closures, generators and exceptions; output is deterministic so that it can
# be compared with CPython's.
class Gen:
    def __init__(self, rnd):
        self.rnd = rnd
        self.out = []
        self.depth = 0
        self.nfun = 0

    def expr(self, d=0):
        r = self.rnd
        if d > 3 or r.random() < 0.3:
            return r.choice(("a", "b", "c", "1", "2", "-3", "0", "7", "len(L)", "n", "(a % 5)"))
        k = r.randrange(8)
        if k < 3:
            return "(%s %s %s)" % (self.expr(d + 1), r.choice(("+", "-", "*", "//", "%", "&", "|", "^", "<<")), self.expr(d + 1))
        if k == 3:
            return "(%s if %s else %s)" % (self.expr(d + 1), self.cond(d + 1), self.expr(d + 1))
        if k == 4:
            return "sum([%s for n in range(%d)])" % (self.expr(d + 1), r.randint(0, 4))
        if k == 5:
            return "(lambda n: %s)(%s)" % (self.expr(d + 1), self.expr(d + 1))
        if k == 6:
            return "min(%s, %s, 9)" % (self.expr(d + 1), self.expr(d + 1))
        return "L[%s %% len(L)] if L else 0" % self.expr(d + 1)

    def cond(self, d=0):
        r = self.rnd
        return "(%s %s %s)" % (self.expr(d + 1), r.choice(("<", "<=", "==", "!=", ">", ">=")), self.expr(d + 1))

    def emit(self, line):
        self.out.append("    " * self.depth + line)

    def block(self, n, loop=False, fun=False):
        self.depth += 1
        for _ in range(n):
            self.stmt(loop, fun)
        self.depth -= 1

    def stmt(self, loop, fun):
        r = self.rnd
        if self.depth > 6:
            self.emit("a = %s" % self.expr())
            return
        k = r.randrange(16)
        if k < 3:
            self.emit("%s = %s" % (r.choice("abc"), self.expr()))
        elif k == 3:
            self.emit("print(%s, %s)" % (self.expr(), self.expr()))
        elif k == 4:
            self.emit("if %s:" % self.cond())
            self.block(r.randint(1, 3), loop, fun)
            if r.random() < 0.5:
                self.emit("else:")
                self.block(r.randint(1, 2), loop, fun)
        elif k == 5:
            self.emit("for n in range(%d):" % r.randint(0, 5))
            self.block(r.randint(1, 3), True, fun)
        elif k == 6:
            v = "w%d" % self.depth
            self.emit("%s = 0" % v)
            self.emit("while %s < %d:" % (v, r.randint(0, 5)))
            self.depth += 1
            self.emit("%s += 1" % v)
            self.depth -= 1
            self.block(r.randint(1, 3), True, fun)
        elif k == 7 and loop:
            self.emit(r.choice(("break", "continue")))
        elif k == 8:
            self.emit("try:")
            self.block(r.randint(1, 3), loop, fun)
            self.emit("except %s as e:" % r.choice(("ZeroDivisionError", "Exception", "(ValueError, IndexError)")))
            self.depth += 1
            self.emit("print('caught', type(e).__name__)")
            self.depth -= 1
            if r.random() < 0.5:
                self.emit("finally:")
                self.block(r.randint(1, 2), loop, fun)
        elif k == 9:
            self.emit("L.append(%s)" % self.expr())
        elif k == 10:
            self.emit("if %s == 0: raise ValueError(%s)" % (self.expr(), self.expr()))
        elif k == 11 and fun:
            self.emit("return %s" % self.expr())
        elif k == 12:
            self.nfun += 1
            name = "f%d" % self.nfun
            self.emit("def %s(a, b=%s, *args):" % (name, r.randint(0, 3)))
            self.depth += 1
            self.emit("nonlocal_probe = a")
            self.depth -= 1
            self.block(r.randint(1, 4), False, True)
            self.emit("try:")
            self.depth += 1
            self.emit("c = %s(%s, %s)" % (name, self.expr(), self.expr()))
            self.emit("print('call', c)")
            self.depth -= 1
            self.emit("except Exception as e:")
            self.depth += 1
            self.emit("print('err', type(e).__name__)")
            self.depth -= 1
        elif k == 13:
            self.nfun += 1
            name = "g%d" % self.nfun
            self.emit("def %s(n):" % name)
            self.depth += 1
            self.emit("for i in range(n):")
            self.depth += 1
            self.emit("x = yield i * %s" % self.expr())
            self.emit("if x: L.append(x)")
            self.depth -= 2
            self.emit("try:")
            self.depth += 1
            self.emit("print(list(%s(%d)))" % (name, r.randint(0, 4)))
            self.depth -= 1
            self.emit("except Exception as e:")
            self.depth += 1
            self.emit("print('gen err', type(e).__name__)")
            self.depth -= 1
        elif k == 14:
            self.emit("with Ctx(%d):" % r.randint(0, 9))
            self.block(r.randint(1, 2), loop, fun)
        else:
            self.emit("a, b = %s, %s" % (self.expr(), self.expr()))

    def program(self):
        self.out.append("class Ctx:\n    def __init__(self, n): self.n = n\n"
                        "    def __enter__(self): print('enter', self.n)\n"
                        "    def __exit__(self, t, v, tb):\n"
                        "        print('exit', self.n, t.__name__ if t else None)\n"
                        "        return self.n % 2 == 0\n"
                        "a, b, c, n, L = 1, 2, 3, 0, []")
        self.out.append("try:")
        self.depth = 1
        for _ in range(self.rnd.randint(3, 12)):
            self.stmt(False, False)
        self.depth = 0
        self.out.append("except Exception as e:\n    print('top', type(e).__name__)")
        self.out.append("print(a, b, c, L[:20])")
        return "\n".join(self.out) + "\n"


def strat_grammar(rnd, corpus):
    return Gen(rnd).program()


STRATEGIES = {
    "tokens": (strat_tokens, 3),
    "lines": (strat_lines, 3),
    "bytes": (strat_bytes, 1),
    "nest": (strat_nest, 2),
    "calls": (strat_calls, 4),
    "evil": (strat_evil, 2),
    "grammar": (strat_grammar, 1),
    "modules": (strat_modules, 4),
    "iter": (strat_iter, 4),
    "lang": (strat_lang, 3),
    "s8": (strat_s8, 3),
    "s9": (strat_s9, 3),
    "s10": (strat_s10, 3),
    "s11": (strat_s11, 3),
    "sock": (strat_sock, 2),
}


# --- driver -----------------------------------------------------------------------

class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.cases = 0
        self.found = {}  # signature -> count
        self.saved = 0
        self.by_strategy = {}
        self.stop = threading.Event()


def save_case(src, verdict, strategy, args, keep, stats):
    with stats.lock:
        n = stats.found.get(verdict.signature, 0)
        stats.found[verdict.signature] = n + 1
        if n >= keep:
            return None
        stats.saved += 1
    os.makedirs(CRASH_DIR, exist_ok=True)
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogateescape")
    digest = hashlib.sha1(src).hexdigest()[:10]
    safe = re.sub(r"[^A-Za-z0-9_.@-]+", "_", verdict.signature)[:80]
    base = os.path.join(CRASH_DIR, "%s-%s" % (safe, digest))
    with open(base + ".py", "wb") as f:
        f.write(src)
    with open(base + ".txt", "w") as f:
        f.write("signature: %s\nstrategy: %s\ncommand: %s %s case.py\nstatus: %s\n" % (
            verdict.signature, strategy, args.binary, " ".join(verdict.extra_args), verdict.status))
        if verdict.kind == "diff":
            f.write("--- micropython stdout\n%s\n--- cpython stdout (status %d)\n%s\n" % (
                verdict.stdout.decode("utf-8", "replace")[-3000:], verdict.cpython[2],
                verdict.cpython[0].decode("utf-8", "replace")[-3000:]))
        f.write("--- stderr (end)\n%s\n" % verdict.stderr.decode("utf-8", "replace")[-6000:])
    return base + ".py"


def worker(wid, args, corpus, stats, deadline, runner, names, weights):
    rnd = random.Random(args.seed * 1000003 + wid)
    workdir = tempfile.mkdtemp(prefix="mpfuzz-")
    try:
        while time.monotonic() < deadline and not stats.stop.is_set():
            with stats.lock:
                if args.count and stats.cases >= args.count:
                    return
                stats.cases += 1
                case_no = stats.cases
            strategy = rnd.choices(names, weights)[0]
            src = STRATEGIES[strategy][0](rnd, corpus)
            data = src if isinstance(src, bytes) else src.encode("utf-8", "surrogateescape")
            extra = []
            diff = args.diff and strategy == "grammar"
            if not diff and rnd.random() < 0.15:
                extra = ["-X", "heapsize=%dk" % rnd.choice((100, 160, 256, 400, 1024))]
            v = runner.run_in(workdir, data, extra, diff)
            v.extra_args = extra
            if stats.stop.is_set():
                break  # the case may have been killed by the stop
            with stats.lock:
                stats.by_strategy[strategy] = stats.by_strategy.get(strategy, 0) + 1
            if v.kind != "ok":
                path = save_case(data, v, strategy, args, args.keep, stats)
                if path:
                    print("[%d] %s: %s -> %s" % (case_no, v.kind, v.signature,
                                                  os.path.relpath(path)), flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def default_binary():
    for name in ("micropython-sanitize", "micropython"):
        p = os.path.join(REPO, name)
        if os.access(p, os.X_OK):
            return p
    return os.path.join(REPO, "micropython-sanitize")


def read_case(path):
    with open(path, "rb") as f:
        return f.read()


def saved_args(path):
    # The -X options recorded with a saved case.
    try:
        with open(os.path.splitext(path)[0] + ".txt") as f:
            for line in f:
                if line.startswith("command:"):
                    parts = line.split()[2:-1]
                    return parts
    except OSError:
        pass
    return []


def replay(args, runner):
    src = read_case(args.replay)
    workdir = tempfile.mkdtemp(prefix="mpfuzz-")
    try:
        v = runner.run_in(workdir, src, saved_args(args.replay), args.diff)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    sys.stdout.write(v.stderr.decode("utf-8", "replace")[-4000:])
    print("verdict: %s %s (status %s, %.1fs)" % (v.kind, v.signature or "", v.status, v.elapsed))
    return 0 if v.kind == "ok" else 1


def minimize(args, runner):
    src = read_case(args.minimize)
    extra = saved_args(args.minimize)
    workdir = tempfile.mkdtemp(prefix="mpfuzz-")
    runs = [0]

    def same(candidate):
        runs[0] += 1
        v = runner.run_in(workdir, candidate, extra, args.diff)
        return v.kind != "ok" and v.signature == target

    try:
        v = runner.run_in(workdir, src, extra, args.diff)
        if v.kind == "ok":
            print("the case does not fail any more")
            return 1
        target = v.signature
        print("signature:", target)
        # Delta debugging: remove chunks of lines, then of tokens, halving the
        # chunk size whenever no chunk of the current size can go.
        for unit in ("lines", "tokens"):
            if unit == "lines":
                parts = src.split(b"\n")
                join = b"\n".join
            else:
                text = src.decode("utf-8", "surrogateescape")
                parts = [t.encode("utf-8", "surrogateescape") for _, t in tokenize(text)]
                join = b"".join
            chunk = max(1, len(parts) // 2)
            while chunk >= 1:
                i = 0
                progress = False
                while i < len(parts):
                    cand = parts[:i] + parts[i + chunk:]
                    if cand and same(join(cand)):
                        parts = cand
                        progress = True
                    else:
                        i += chunk
                if not progress:
                    chunk //= 2
            src = join(parts)
        out = os.path.splitext(args.minimize)[0] + ".min.py"
        with open(out, "wb") as f:
            f.write(src)
        print("minimized to %d bytes in %d runs: %s" % (len(src), runs[0], out))
        return 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def scan(args, runner):
    # Each test runs in its own folder, as run-tests.py runs it.
    bad = 0
    n = 0
    for d in args.scan:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            n += 1
            env = dict(runner.env, MICROPYPATH=os.path.abspath(d))
            out, err, status, timed_out, _ = execute(
                [runner.binary, name], d, env, runner.timeout, limit_cpu(int(runner.timeout) + 2))
            sig = classify(status if not timed_out else 0, err, runner.ignore)
            if sig or timed_out:
                bad += 1
                print("%s: %s" % (os.path.join(d, name), sig or "timeout"), flush=True)
                lines = err.decode("utf-8", "replace").splitlines()
                for line in lines[:12]:
                    print("    " + line)
    print("%d passed, %d failed" % (n - bad, bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description="Fuzz ./micropython with random and mutated programs.")
    ap.add_argument("--binary", default=default_binary(), help="interpreter to fuzz")
    ap.add_argument("--python", default="python3", help="CPython, to judge hangs and --diff")
    ap.add_argument("--time", type=float, default=60, help="seconds to run (default 60)")
    ap.add_argument("--count", type=int, default=0, help="stop after N cases")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="parallel runs (default 1)")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    ap.add_argument("--timeout", type=float, default=10, help="per-case timeout (default 10 s)")
    ap.add_argument("--strategy", action="append", choices=sorted(STRATEGIES),
                    help="use only these strategies (repeatable)")
    ap.add_argument("--corpus", action="append", help="folders of seed programs "
                    "(default tests/basics)")
    ap.add_argument("--hang-ratio", type=float, default=0.5,
                    help="a timeout counts as a hang only if CPython runs the case in less "
                    "than this fraction of --timeout (default 0.5; 0 for a GC-stress "
                    "build, which can be 1000 times slower)")
    ap.add_argument("--keep", type=int, default=2, help="cases saved per signature (default 2)")
    ap.add_argument("--diff", action="store_true",
                    help="compare the output of grammar programs with CPython's")
    ap.add_argument("--ignore", action="append", default=[], metavar="REGEX",
                    help="skip UBSan reports whose signature matches (known bugs; needs a "
                    "build with -fsanitize-recover=undefined)")
    ap.add_argument("--replay", metavar="FILE", help="run one saved case and print its verdict")
    ap.add_argument("--minimize", metavar="FILE", help="shrink a saved case")
    ap.add_argument("--scan", nargs="+", metavar="DIR",
                    help="run the tests of these folders once under the binary, "
                    "reporting sanitizer errors, crashes and timeouts")
    args = ap.parse_args()

    if not os.access(args.binary, os.X_OK):
        sys.exit("fuzz: %s not found: build it (make sanitize) or pass --binary" % args.binary)
    cpython = shutil.which(args.python) or args.python
    try:
        cpython = subprocess.check_output([cpython, "-c", "import sys; print(sys.executable)"],
                                          text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    runner = Runner(os.path.abspath(args.binary), cpython, args.timeout, args.ignore,
                    args.hang_ratio)
    if args.replay:
        return replay(args, runner)
    if args.minimize:
        return minimize(args, runner)
    if args.scan:
        return scan(args, runner)

    if args.seed is None:
        args.seed = int(time.time())
    corpus = Corpus(args.corpus or [os.path.join(REPO, "tests", "basics")])
    names = args.strategy or sorted(STRATEGIES)
    weights = [STRATEGIES[n][1] for n in names]
    stats = Stats()
    print("fuzzing %s: seed %d, %d corpus files, strategies %s" % (
        os.path.relpath(args.binary), args.seed, len(corpus.files), ",".join(names)), flush=True)
    start = time.monotonic()
    deadline = start + (args.time if not args.count else 10**9)

    # Also when started in the background, where SIGINT may be ignored.
    def stop(signum, frame):
        stats.stop.set()
        kill_running()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(worker, w, args, corpus, stats, deadline, runner, names, weights)
                   for w in range(args.jobs)]
        while not all(f.done() for f in futures):
            time.sleep(0.5)
        for f in futures:
            f.result()
    if stats.stop.is_set():
        print("stopped", flush=True)
    elapsed = time.monotonic() - start
    print("%d cases in %.0fs (%s); %d findings, %d distinct: %s" % (
        stats.cases, elapsed, ", ".join("%s %d" % kv for kv in sorted(stats.by_strategy.items())),
        sum(stats.found.values()), len(stats.found), ", ".join(sorted(stats.found)) or "none"))
    return 1 if stats.found else 0


if __name__ == "__main__":
    sys.exit(main())
