# Bad-input matrix for socket, select and errno (session 10): every callable of
# the modules, of socket objects in many states (fresh, bound, listening,
# connected, closed, non-blocking, AF_INET6, AF_UNIX, SOCK_DGRAM) and of poll
# objects, called with argument lists drawn from a pool of awkward values.
# Each case runs on freshly made objects inside an alarm, and prints one line:
#   ID ok TYPE   |   ID exc NAME[:ERRNO]   |   ID hang
# so that two interpreters' outputs can be compared line by line.
#   python3 tools/fuzz/gen_sock_s10.py SEED > /tmp/c.py       one program
#   python3 tools/fuzz/gen_sock_s10.py --run N [BINARY]       N seeds, crashes only
#   python3 tools/fuzz/gen_sock_s10.py --diff N [BINARY] [--seed S] [--per K]
#       N programs of K cases each under BINARY and CPython; prints each
#       crash/hang/ASan report and each difference of outcome (one repro line
#       per callable and kind of difference; MicroPython-only methods are
#       checked for crashes only)
# strat_sock(rnd, corpus) has the signature of fuzz.py's strategies.
import os
import random
import re
import subprocess
import sys

PRELUDE = r"""import socket, select, errno, signal, gc, os
class Hang(Exception):
    pass
def _alarm(*a):
    raise Hang()
signal.signal(signal.SIGALRM, _alarm)
UPATH = '/tmp/_fz_sock_%d' % os.getpid()
L = socket.socket()
L.bind(('127.0.0.1', 0))
L.listen(64)
LPORT = L.getsockname()[1]
KEEP = []
def mk(kind):
    # A fresh object in the state KIND; peers are kept in KEEP and closed by drop().
    if kind == 'unix':
        try:
            os.remove(UPATH)
        except OSError:
            pass
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(UPATH)
        s.settimeout(0.05)
        return s
    if kind == 'inet6':
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    elif kind == 'dgram':
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(('127.0.0.1', 0))
        KEEP.append(s)
        s2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s2.sendto(b'datagram', s.getsockname())
        KEEP.append(s2)
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    else:
        s = socket.socket()
    if kind == 'bound':
        s.bind(('127.0.0.1', 0))
    elif kind == 'listening':
        s.bind(('127.0.0.1', 0))
        s.listen(1)
    elif kind == 'connected':
        s.connect(('127.0.0.1', LPORT))
        c, a = L.accept()
        c.send(b'hello\nworld\n')
        KEEP.append(c)
    elif kind == 'closed':
        s.close()
    if kind == 'nonblocking':
        s.setblocking(False)
    elif kind != 'closed':
        s.settimeout(0.05)
    return s
def mkpoll(kind):
    p = select.poll()
    if kind == 'pollsock':
        s = mk('connected')
        KEEP.append(s)
        p.register(s)
    elif kind == 'pollclosed':
        s = mk('connected')
        p.register(s, select.POLLIN)
        s.close()
    return p
def drop():
    for s in KEEP:
        s.close()
    KEEP.clear()
class BadFileno:
    def __init__(self, v):
        self.v = v
    def fileno(self):
        if self.v == 'raise':
            raise ValueError('fileno')
        return self.v
class Idx:
    def __index__(self):
        return 5
def _norm(e):
    n = type(e).__name__
    if isinstance(e, Hang):
        return 'hang'
    if isinstance(e, TimeoutError) or (isinstance(e, OSError) and e.args and e.args[0] == errno.ETIMEDOUT):
        return 'exc timeout'
    if isinstance(e, OSError):
        c = e.errno
        if c is None and e.args and isinstance(e.args[0], int):
            c = e.args[0]
        return 'exc OSError:' + str(errno.errorcode.get(c, c))
    return 'exc ' + n
def _t(i, f):
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        r = f()
        signal.setitimer(signal.ITIMER_REAL, 0)
        out = 'ok ' + type(r).__name__
        if isinstance(r, socket.socket):
            r.close()
    except BaseException as e:
        signal.setitimer(signal.ITIMER_REAL, 0)
        out = _norm(e)
    drop()
    print(i, out)
"""

# Argument values: source text of each.
INTS = ["-1", "0", "1", "2**31", "2**64", "-2**63", "65536", "70000", "Idx()", "True"]
ODD = ["None", "1.5", "float('nan')", "''", "'x'*1000", "'a\\0b'", "b''", "b'abc'", "bytearray(4)",
       "memoryview(b'ab')", "memoryview(bytearray(8))", "memoryview(bytearray(8))[::2]", "()", "[]", "{}",
       "object()", "BadFileno(-1)", "BadFileno('x')", "BadFileno('raise')", "BadFileno(2**40)",
       "BadFileno(None)", "'127.0.0.1'", "'::1'", "'localhost'", "b'/tmp/_fz_none'", "'rb'", "'r'"]
ADDRS = ["()", "('127.0.0.1',)", "('127.0.0.1', 0)", "('127.0.0.1', 70000)", "('127.0.0.1', -1)",
         "('127.0.0.1', 2**64)", "('127.0.0.1', 'http')", "('127.0.0.1', None)", "('127.0.0.1', 1.5)",
         "('::1', 0, 0, 2**32)", "('::1', 0, 0, 0)", "('::1', 0, -1, 0)", "('::1', 0, 0, -1)", "('::1', 0, 2**32, 0)",
         "('::1%nope', 0, 0, 0)", "('::1', 0, 0, 0, 0)", "('localhost', 0)", "('', 0)", "('x'*1000, 0)",
         "('a\\0b', 0)", "(None, 0)", "(b'127.0.0.1', 0)", "('127.0.0.1', LPORT)", "('1.2.3.4.5', 0)",
         "['127.0.0.1', 0]", "'/tmp/_fz_none'", "'a\\0b'", "'x'*1000", "b'x'*200", "''"]
POOL = INTS + ODD + ADDRS

# name: list of templates; each slot is a pool name, or a literal in ''.
MOD_FUNCS = {
    "socket.socket": [[], ["fam"], ["fam", "typ"], ["fam", "typ", "int"], ["fam", "typ", "int", "any"]],
    "socket.socketpair": [[], ["fam"], ["fam", "typ"], ["fam", "typ", "int"]],
    "socket.getaddrinfo": [["host", "port"], ["host", "port", "fam"], ["host", "port", "fam", "typ", "int", "int"],
                           ["host"], ["host", "port", "int", "int", "int", "int", "int"]],
    "socket.inet_pton": [["fam", "host"], ["fam", "any"], ["any"]],
    "socket.inet_ntop": [["fam", "buf"], ["fam", "any"], ["any"]],
    "socket.inet_aton": [["host"], ["any"]],
    "socket.inet_ntoa": [["buf"], ["any"]],
    "socket.htons": [["int"]], "socket.ntohs": [["int"]], "socket.htonl": [["int"]], "socket.ntohl": [["int"]],
    "socket.getnameinfo": [["addr", "int"], ["any", "any"]],
    "socket.gethostbyname": [["host"]], "socket.gethostbyname_ex": [["host"]],
    "socket.getservbyname": [["any"], ["any", "any"]], "socket.getservbyport": [["int"], ["int", "any"]],
    "socket.getprotobyname": [["any"]], "socket.if_nametoindex": [["any"]], "socket.if_indextoname": [["int"]],
    "socket.create_connection": [["addr"], ["addr", "any"]],
    "socket.setdefaulttimeout": [["any"]], "socket.getdefaulttimeout": [[]],
    "socket.fromfd": [["int", "fam", "typ"]], "socket.dup": [["any"]],
    "select.poll": [[], ["any"]],
    "select.select": [["lst", "lst", "lst", "tmo"], ["lst", "lst", "lst"], ["lst", "lst"], ["lst", "lst", "lst", "any"]],
    "errno.errorcode.get": [["int"]],
}
METHODS = {
    "accept": [[]], "bind": [["addr"]], "close": [[]], "connect": [["addr"]], "connect_ex": [["addr"]],
    "detach": [[]], "dup": [[]], "fileno": [[]], "getblocking": [[]], "getpeername": [[]],
    "getsockname": [[]], "getsockopt": [["lvl", "opt"], ["lvl", "opt", "int"]], "gettimeout": [[]],
    "listen": [[], ["int"]], "makefile": [[], ["any"], ["any", "any"]], "recv": [["int"], ["int", "int"]],
    "recv_into": [["buf"], ["buf", "int"], ["buf", "int", "int"]], "recvfrom": [["int"], ["int", "int"]],
    "recvfrom_into": [["buf"], ["buf", "int"]], "send": [["buf"], ["buf", "int"]], "sendall": [["buf"], ["buf", "int"]],
    "sendto": [["buf", "addr"], ["buf", "int", "addr"]], "setblocking": [["any"]],
    "setsockopt": [["lvl", "opt", "any"], ["lvl", "opt", "buf"], ["lvl", "opt", "None", "int"]],
    "settimeout": [["tmo"]], "shutdown": [["int"]], "get_inheritable": [[]], "set_inheritable": [["any"]],
    "__enter__": [[]], "__exit__": [["any", "any", "any"]],
    "recvmsg": [["int"], ["int", "int"]], "sendmsg": [["lst"], ["lst", "lst"]],
}
MP_ONLY = {"read": [[], ["int"]], "readinto": [["buf"], ["buf", "int"]], "readline": [[], ["int"]],
           "write": [["buf"], ["buf", "int"], ["buf", "int", "int"]]}
POLL_METHODS = {"register": [["any"], ["any", "int"], ["sock", "int"]], "unregister": [["any"], ["sock"]],
                "modify": [["any", "int"], ["sock", "int"]], "poll": [["tmo"], ["tmo", "any"]]}
POLL_MP_ONLY = {"ipoll": [["tmo"], ["tmo", "int"]]}
KINDS = ["fresh", "bound", "listening", "connected", "closed", "nonblocking", "inet6", "unix", "dgram"]
POLL_KINDS = ["pollempty", "pollsock", "pollclosed"]

SLOTS = {
    "fam": ["socket.AF_INET", "socket.AF_INET6", "socket.AF_UNIX", "0", "-1", "12345", "2**64"],
    "typ": ["socket.SOCK_STREAM", "socket.SOCK_DGRAM", "0", "-1", "999", "2**31"],
    "host": ["''", "'x'*1000", "'a\\0b'", "None", "'127.0.0.1'", "'::1'", "'::1%nope'", "'1.2.3.4.5'",
             "b'127.0.0.1'", "'999.1.1.1'", "'fe80::1%'", "'\\u00e9'"],
    "port": ["0", "-1", "65536", "70000", "2**64", "'80'", "'http'", "'-1'", "'99999'", "None", "1.5", "b'80'"],
    "addr": ADDRS, "buf": ["b''", "b'abc'", "bytearray(4)", "bytearray(0)", "memoryview(bytearray(8))",
                           "memoryview(b'ab')", "'text'", "b'x'*70000", "array.array('i', [1, 2])"],
    "lvl": ["socket.SOL_SOCKET", "socket.IPPROTO_TCP", "socket.IPPROTO_IP", "-1", "2**31"],
    "opt": ["socket.SO_REUSEADDR", "socket.SO_LINGER", "socket.SO_RCVBUF", "socket.TCP_NODELAY",
            "socket.SO_ERROR", "-1", "9999"],
    "tmo": ["None", "0", "-1", "0.01", "-0.5", "2**31", "2**64", "float('nan')", "float('inf')", "'1'", "1e300"],
    "lst": ["[]", "[mk('connected')]", "[mk('closed')]", "[BadFileno(-1)]", "[BadFileno('x')]", "[object()]",
            "[BadFileno(2**40)]", "None", "[1, 2]", "[-5]", "(x for x in [])"],
    "sock": ["mk('connected')", "mk('closed')", "mk('listening')"],
    "int": INTS,
    "any": POOL,
}


# A valid value of each slot: in the single-fault mode (most cases) all
# arguments but one are valid, so that the outcome tells which check fired.
GOOD = {"fam": "socket.AF_INET", "typ": "socket.SOCK_STREAM", "host": "'127.0.0.1'", "port": "0",
        "addr": "('127.0.0.1', 0)", "buf": "bytearray(4)", "lvl": "socket.SOL_SOCKET",
        "opt": "socket.SO_REUSEADDR", "tmo": "0.01", "lst": "[]", "sock": "mk('connected')",
        "int": "1", "any": "1", "None": "None"}


def arg(rnd, slot):
    # Mostly a value of the slot's kind; sometimes anything from the pool.
    if slot == "None":
        return "None"
    if rnd.random() < 0.2:
        return rnd.choice(POOL)
    return rnd.choice(SLOTS[slot])


def arglist(rnd, templates):
    t = list(rnd.choice(templates))
    r = rnd.random()
    if r < 0.08:
        t.append("any")  # one too many
    elif r < 0.14 and t:
        t.pop()  # one too few
    if rnd.random() < 0.3:
        return ", ".join(arg(rnd, s) for s in t)
    vals = [GOOD[s] for s in t]
    if vals:
        k = rnd.randrange(len(vals))
        vals[k] = arg(rnd, t[k])
    return ", ".join(vals)


def gen_case(rnd):
    # Returns (callable name, expression, mp_only).
    r = rnd.random()
    if r < 0.3:
        name = rnd.choice(sorted(MOD_FUNCS))
        return name, "%s(%s)" % (name, arglist(rnd, MOD_FUNCS[name])), False
    if r < 0.85:
        mp_only = rnd.random() < 0.15
        table = MP_ONLY if mp_only else METHODS
        meth = rnd.choice(sorted(table))
        kind = rnd.choice(KINDS)
        return "socket.%s[%s]" % (meth, kind), "mk(%r).%s(%s)" % (kind, meth, arglist(rnd, table[meth])), mp_only
    mp_only = rnd.random() < 0.15
    table = POLL_MP_ONLY if mp_only else POLL_METHODS
    meth = rnd.choice(sorted(table))
    kind = rnd.choice(POLL_KINDS)
    expr = "mkpoll(%r).%s(%s)" % (kind, meth, arglist(rnd, table[meth]))
    if meth == "ipoll":
        expr = "list(%s)" % expr
    return "poll.%s[%s]" % (meth, kind), expr, mp_only


def program(cases):
    out = [PRELUDE, "import array"]
    for i, (name, expr, mp_only) in enumerate(cases):
        out.append("_t(%d, lambda: %s)" % (i, expr))
    out.append("L.close()\ntry:\n    os.remove(UPATH)\nexcept OSError:\n    pass\nprint('end')\n")
    return "\n".join(out)


def strat_sock(rnd, corpus):
    return program([gen_case(rnd) for _ in range(rnd.randint(5, 40))])


# --- differential runner -----------------------------------------------------------

SAN_ENV = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0:handle_abort=1",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
CPYTHON = "/root/.pyenv/versions/3.11.7/bin/python3"


def run(argv, path, timeout):
    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=timeout, env=SAN_ENV)
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def parse(out):
    res = {}
    for line in out.splitlines():
        m = re.match(r"(\d+) (.*)$", line)
        if m:
            res[int(m.group(1))] = m.group(2)
    return res


# Outcome pairs that the spec allows (ours, CPython's).
ALLOWED = [
    (r"exc ValueError", r"exc OverflowError"),  # port / size out of range: either (spec)
    (r"exc OSError:-\d+", r"exc (UnicodeError|OSError:-\d+)"),  # resolver: no silent DNS, IDNA text
    (r"exc (MemoryError|ValueError|OverflowError)", r"exc (MemoryError|SystemError|OverflowError|ValueError)"),
]


def allowed(ours, cpy):
    return any(re.fullmatch(a, ours) and re.fullmatch(b, cpy) for a, b in ALLOWED)


def diff_main(argv):
    n = int(argv[0])
    binary = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else "./micropython"
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 0
    per = int(argv[argv.index("--per") + 1]) if "--per" in argv else 60
    path = "/tmp/_fz_sockdiff_%d.py" % os.getpid()
    seen = {}
    crashes = 0
    for k in range(n):
        rnd = random.Random(seed * 100003 + k)
        cases = [gen_case(rnd) for _ in range(per)]
        with open(path, "w") as f:
            f.write(program(cases))
        rc, out, err = run([binary], path, 60)
        crc, cout, _ = run([CPYTHON], path, 60)
        ours, cpy = parse(out), parse(cout)
        bad = rc is None or rc < 0 or "Sanitizer" in err or "runtime error" in err or "end" not in out
        if bad:
            crashes += 1
            last = max(ours) + 1 if ours else 0
            tail = err.strip().split("\n")
            print("CRASH batch %d rc %s after case %d: %s" % (k, rc, last - 1, "\n  ".join(tail[-6:])))
            if last < len(cases):
                print("  next case:", cases[last][1])
        for i, (name, expr, mp_only) in enumerate(cases):
            o, c = ours.get(i), cpy.get(i)
            if o is None:
                continue
            if o == "hang" and c != "hang":
                key = (name, "hang")
            elif mp_only or o == c or c is None or allowed(o, c):
                continue
            else:
                key = (name, o.split(":")[0] if o.startswith("exc OSError") else o,
                       c.split(":")[0] if c.startswith("exc OSError") else c)
            if key not in seen:
                seen[key] = (expr, o, c)
    os.remove(path)
    for key in sorted(seen):
        expr, o, c = seen[key]
        print("DIFF %-34s ours %-26s cpython %-26s %s" % (key[0], o, c, expr))
    print("%d batches of %d cases: %d crashed, %d distinct differences" % (n, per, crashes, len(seen)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--diff":
        diff_main(sys.argv[2:])
    else:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import standalone
        standalone.main(strat_sock, "sock", need_end=True)
