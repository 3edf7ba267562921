#!/usr/bin/env python3
# Random multi-threaded programs for ./micropython: threads share containers,
# generators, locks, sockets and poll objects and act on them in random
# orders (mutation while iterating, gc from every thread, exceptions, exits,
# signals, weakref callbacks and __del__; since session 27 also the socket
# calls that copy without the GIL, on buffers that other threads grow or
# release, sockets closed, shut down or re-timed under them, and forks).
# Every exception a shared object may raise is caught: a run must end
# cleanly, in time, with no sanitizer report. Crashes and hangs are saved
# to tools/fuzz/crashes/threads_*.py.
#   tools/fuzz/threads_fuzz.py [--count N] [--seed N] [--binary PATH] [--threads N]
import argparse, os, random, subprocess, sys

PRELUDE = r'''
import _thread, gc, time, sys, weakref, socket, select, signal, os
try:
    import threading
except ImportError:
    threading = None
L = list(range(50)); D = {i: i for i in range(50)}; S = set(range(50)); BA = bytearray(64)
LK = _thread.allocate_lock(); FIN = [0]; STOP = [False]
import array
PAIRS = [socket.socketpair() for _ in range(3)]
for _a, _b in PAIRS: _a.settimeout(0.01); _b.settimeout(0.05)
BIG = b'z' * 70000; BIGBA = bytearray(70000); AR = [array.array('b', bytes(70000))]
MV = [memoryview(BIGBA)]
def _repair(k):
    # a fresh pair for slot k (its old sockets stay with the threads using them)
    a, b = socket.socketpair(); a.settimeout(0.01); b.settimeout(0.05); PAIRS[k] = (a, b)
def _fork():
    pid = os.fork()
    if pid == 0:
        try:
            PAIRS[0][0].close(); PAIRS[1][1].close()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
P = select.poll()
def _gen():
    i = 0
    while True:
        i += 1
        if i % 3 == 0: time.sleep(0)
        yield i
G = _gen()
class Del:
    def __del__(self):
        L.append(len(D)); gc.collect() if len(L) % 7 == 0 else None
class W: pass
def _cb(r): D[len(D)] = 0
signal.signal(signal.SIGUSR1, lambda s, f: L.append(-1))
def _done():
    with LK: FIN[0] += 1
'''

OPS = [
    "for x in list(D): D.pop(x, None); D[x + 1000] = x",
    "for x in D: pass",
    "for x in S: pass",
    "for x in L: L.append(x) if len(L) < 200 else L.pop()",
    "S.add(len(S)); S.discard(3); S.update(range(10))",
    "D.clear(); D.update({i: i for i in range(20)})",
    "L.sort(key=lambda v: -v if isinstance(v, int) else 0)",
    "del L[:len(L) // 2]; L.extend(range(30))",
    "sorted(S); sum(D.values()); list(reversed(L))",
    "next(G)",
    "G.send(None)",
    "gc.collect()",
    "[bytearray(256) for _ in range(30)]",
    "{str(i): [i] * 5 for i in range(40)}",
    "raise ValueError('x')",
    "_thread.exit()",
    "sys.exit(1)",
    "time.sleep(0)",
    "time.sleep(0.001)",
    "LK.acquire(timeout=0.002) and LK.release()",
    "Del()",
    "weakref.ref(W(), _cb)",
    "weakref.finalize(W(), _cb, None) if hasattr(weakref, 'finalize') else None",
    "BA.extend(b'ab'); del BA[:2]",
    "PAIRS[0][1].send(b'x'); PAIRS[0][0].recv(10)",
    "PAIRS[1][0].recv(10)",
    "PAIRS[1][1].send(b'yy')",
    "PAIRS[2][0].recv_into(BA, 8)",
    "PAIRS[2][1].sendall(BA[:8])",
    "P.register(PAIRS[_rnd % 3][0], select.POLLIN)",
    "P.unregister(PAIRS[_rnd % 3][0])",
    "P.poll(1)",
    "P.poll(0)",
    "select.select([PAIRS[0][0], PAIRS[1][0]], [], [], 0.001)",
    "os.kill(os.getpid(), signal.SIGUSR1)",
    "repr(L); repr(D); str(S)",
    "L.append(L); repr(L); L.remove(L)",
    "print(end='')",
    "'%s' % [D, L]",
    "exec('a = 1\\nb = a + 1')",
    "eval('[i for i in range(10)]')",
    "[i for i in range(1000) if i % 7 == 0]",
    "f = lambda n: n if n < 2 else f(n - 1) + f(n - 2); f(12)",
    "import json; json.dumps(D)",
    "import re; re.sub('a+', 'b', 'caaat' * 20)",
    "_thread.start_new_thread(lambda: None, ())",
    "PAIRS[1][1].sendall(BIG)",
    "PAIRS[1][0].recv(70000)",
    "PAIRS[1][0].recv_into(BIGBA)",
    "PAIRS[1][0].recv_into(memoryview(BIGBA)[100:])",
    "PAIRS[1][0].recv_into(AR[0])",
    "PAIRS[1][0].recv_into(memoryview(AR[0])[8:])",
    "PAIRS[2][0].recv_into(MV[0])",
    "PAIRS[2][1].sendall(MV[0])",
    "PAIRS[0][1].sendall(AR[0])",
    "AR[0].extend(bytes(70001))",
    "AR[0] = array.array('b', bytes(70000))",
    "BIGBA.extend(bytes(5000)); del BIGBA[70000:]",
    "MV[0].release(); MV[0] = memoryview(BIGBA)",
    "PAIRS[_rnd % 3][0].close(); _repair(_rnd % 3)",
    "PAIRS[_rnd % 3][1].shutdown(socket.SHUT_RDWR); _repair(_rnd % 3)",
    "PAIRS[_rnd % 3][1].settimeout((0, 0.01, 0.05)[_rnd % 3])",
    "PAIRS[_rnd % 3][0].makefile('rb').close(); _repair(_rnd % 3)",
    "_fork()",
]

def make_program(rng, nthreads):
    out = [PRELUDE]
    for t in range(nthreads):
        ops = [rng.choice(OPS) for _ in range(rng.randint(3, 12))]
        reps = rng.randint(1, 30)
        out.append("def t%d():\n    try:\n        for _rnd in range(%d):" % (t, reps))
        for op in ops:
            out.append("            try:\n                %s\n            except (Exception, SystemExit):\n                pass" % op)
        out.append("    finally:\n        _done()")
    for t in range(nthreads):
        if rng.random() < 0.3 and t > 0:
            out.append("if threading: threading.Thread(target=t%d, daemon=%s).start()\nelse: _thread.start_new_thread(t%d, ())" % (t, rng.random() < 0.5, t))
        else:
            out.append("_thread.start_new_thread(t%d, ())" % t)
    mainops = [rng.choice(OPS) for _ in range(rng.randint(0, 6))]
    out.append("for _rnd in range(%d):" % rng.randint(1, 10))
    for op in mainops:
        out.append("    try:\n        %s\n    except (Exception, SystemExit):\n        pass" % op)
    out.append("    time.sleep(0)")
    out.append("_t0 = time.time()\nwhile FIN[0] < %d and time.time() - _t0 < 8:\n    time.sleep(0.002)" % nthreads)
    out.append("print('END', FIN[0] == %d)" % nthreads)
    return "\n".join(out) + "\n"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=50)
    ap.add_argument('--seed', type=int, default=None)
    ap.add_argument('--threads', type=int, default=6)
    ap.add_argument('--binary', default='./micropython-sanitize')
    ap.add_argument('--out', default='tools/fuzz/crashes')
    ap.add_argument('--timeout', type=float, default=30)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    env = dict(os.environ, ASAN_OPTIONS='detect_stack_use_after_return=0:detect_leaks=0')
    bad = 0
    for i in range(a.count):
        rng = random.Random(seed + i)
        src = make_program(rng, rng.randint(1, a.threads))
        path = '/tmp/threads_fuzz_%d.py' % os.getpid()
        with open(path, 'w') as f:
            f.write(src)
        try:
            p = subprocess.run([a.binary, path], capture_output=True, timeout=a.timeout, env=env)
            out, err, rc = p.stdout, p.stderr, p.returncode
            verdict = None
            if rc < 0 or b'Sanitizer' in err or b'runtime error' in err:
                verdict = 'crash'
            elif b'END True' not in out:
                verdict = 'noend' if b'END' not in out else 'stuck'
        except subprocess.TimeoutExpired:
            verdict, err, rc = 'hang', b'', None
        if verdict:
            bad += 1
            os.makedirs(a.out, exist_ok=True)
            name = os.path.join(a.out, 'threads_%s_%d.py' % (verdict, seed + i))
            with open(name, 'w') as f:
                f.write(src)
            print('%s seed=%d rc=%s -> %s' % (verdict, seed + i, rc, name))
            sys.stdout.write(err.decode(errors='replace')[-1500:])
    print('ran %d, bad %d (seed %d)' % (a.count, bad, seed))

main()
