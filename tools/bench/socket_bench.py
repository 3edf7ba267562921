#!/usr/bin/env python3
"""Socket benchmarks: ./micropython against python3 and against C.

Each workload has a *subject*, the end being measured, run three ways: as the
script tools/bench/socket/<w>.py under ./micropython and under python3 (each
using its own fastest natural API, printed in the table), and as the C
program tools/bench/c/sock_<w>.c (plain blocking send/recv: the physical
limit). The other end is always the same C program, so only the subject
changes. Everything is on 127.0.0.1; every process stops by itself, and the
driver kills what is left after --timeout seconds.

Workloads (sizes in quick mode in brackets; "diagnostic" rows have no target
of their own and show where a difference comes from):
  bulk_readinto  receive 1 GiB [128 MiB] in 64 KiB readinto()s   MiB/s
                 (CPython sockets have no readinto: recv_into)
  bulk_recv      the same with recv(65536)                        MiB/s
  bulk_recv_into (diagnostic) recv_into(buf) on both              MiB/s
  pingpong       100,000 [20,000] round trips of 32 bytes          trips/s
  pingpong_readinto (diagnostic) replies read into a buffer       trips/s
  poll_echo      echo server on select.poll, 200 connections,
                 100,000 [20,000] messages: server CPU per message us/msg
  poll_echo_poll (diagnostic) poll() instead of ipoll()           us/msg
  udp_recv       receive 200,000 [50,000] datagrams with recvfrom  dgram/s
  udp_send       send them with sendto (credit-paced, see udp.py)  dgram/s
Then "does recv() allocating a bytes object dominate?": recv vs recv_into in
one process on a socketpair (socket/recv_alloc.py), and a perf profile of
./micropython receiving the bulk data with recv(65536).

Rates come from the subject's own clock (first byte to last); CPU is the
subject's user+sys time from wait4() less its start-up CPU (the script run
with "startup"). Each number is the best of --runs runs, the three
implementations taking turns; the "Noise" line says how much the C
reference itself varied. Benchmarks never fail: they only report.

  tools/bench/socket_bench.py [--quick] [-n RUNS] [--bulk-mib N]
                              [--no-profile] [WORKLOAD...]
"""
import argparse
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCRIPTS = os.path.join(HERE, "socket")
CSRC = os.path.join(HERE, "c")
BUILD = os.path.join(ROOT, "build")
IMPLS = ("C", "python3", "micropython")

CHUNK = 65536
PING_SIZE = 32
ECHO_CONNS = 200
ECHO_SIZE = 32
UDP_SIZE = 64
UDP_ACK = 32
UDP_WINDOW = 256


def real_python():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def c_program(name):
    """build/<name> from tools/bench/c/<name>.c, rebuilt when a source is newer."""
    exe = os.path.join(BUILD, name)
    srcs = [os.path.join(CSRC, name + ".c"), os.path.join(CSRC, "sock_common.h")]
    if not os.path.exists(exe) or os.path.getmtime(exe) < max(os.path.getmtime(s) for s in srcs):
        os.makedirs(BUILD, exist_ok=True)
        subprocess.run(["cc", "-O2", "-o", exe, srcs[0]], check=True)
    return exe


# ---------------------------------------------------------------------------
# Running one subject against its load.

def parse_result(text, tag="RESULT"):
    for line in reversed(text.splitlines()):
        if line.startswith(tag + " "):
            out = {}
            for item in line.split()[1:]:
                k, _, v = item.partition("=")
                try:
                    out[k] = float(v) if "." in v else int(v)
                except ValueError:
                    out[k] = v
            return out
    return None


def run_pair(subject, peer, subject_listens, timeout):
    """Run subject (argv) against peer (argv with "{port}" where the
    listener's port goes); the listener prints "PORT n" first. Returns
    (result dict of the subject + 'cpu', peer's dict, error text or None)."""
    procs = []

    def start(argv):
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(p)
        return p

    def kill_all():
        for p in procs:
            if p.returncode is None:
                try:
                    p.kill()
                except OSError:
                    pass

    watchdog = threading.Timer(timeout, kill_all)
    watchdog.start()
    try:
        first, second = (subject, peer) if subject_listens else (peer, subject)
        try:
            listener = start(first)
        except OSError as e:
            return None, None, "cannot run %s: %s" % (first[0], e)
        ready, _, _ = select.select([listener.stdout], [], [], min(timeout, 30))
        line = listener.stdout.readline().decode(errors="replace") if ready else ""
        m = re.match(r"PORT (\d+)", line)
        if not m:
            kill_all()
            err = listener.communicate()[1].decode(errors="replace")
            return None, None, "no PORT line from %s: %s" % (os.path.basename(first[1 if len(first) > 1 else 0]),
                                                              (line + err).strip()[-400:])
        second = [a.replace("{port}", m.group(1)) for a in second]
        try:
            other = start(second)
        except OSError as e:
            return None, None, "cannot run %s: %s" % (second[0], e)
        sp, pp = (listener, other) if subject_listens else (other, listener)
        _, status, ru = os.wait4(sp.pid, 0)
        sp.returncode = os.waitstatus_to_exitcode(status)
        s_out, s_err = sp.communicate()
        if sp.returncode != 0:
            pp.kill()  # the load may be waiting for a subject that is gone
        try:
            p_out, p_err = pp.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pp.kill()
            p_out, p_err = pp.communicate()
    finally:
        watchdog.cancel()
        kill_all()
        for p in procs:
            if p.returncode is None:
                p.wait()
    res = parse_result(s_out.decode(errors="replace"))
    peer_res = parse_result(p_out.decode(errors="replace")) or parse_result(p_out.decode(errors="replace"), "PEER")
    err = None
    if sp.returncode != 0 or res is None:
        err = "subject exit %s: %s" % (sp.returncode, (s_err.decode(errors="replace") or s_out.decode())[-600:].strip())
    elif pp.returncode != 0:
        err = "load exit %s: %s" % (pp.returncode, p_err.decode(errors="replace")[-400:].strip())
    if res is not None:
        res["cpu"] = ru.ru_utime + ru.ru_stime
        res["user"] = ru.ru_utime
    return res, peer_res, err


def startup_cpu(argv, runs=3):
    """Median (user+sys, user) time of argv (a script run with 'startup')."""
    vals = []
    for _ in range(runs):
        try:
            p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            return (0.0, 0.0)
        _, _, ru = os.wait4(p.pid, 0)
        p.returncode = 0
        vals.append((ru.ru_utime + ru.ru_stime, ru.ru_utime))
    vals.sort()
    return vals[len(vals) // 2]


# ---------------------------------------------------------------------------
# The workloads.

class Workload:
    """name; what the subject is for each implementation (argv), the load
    (argv, "{port}" filled in), who listens, the expected count, the metric
    ('rate': units/s from the subject's clock, higher is better; 'cpu':
    subject CPU us per unit, lower is better), the unit scale, the target
    (against 'C' or 'python3', fraction) and, for diagnostic rows, the row
    whose C number it shares (the same C program: it is not run again)."""

    def __init__(self, name, desc, subject, load, subject_listens, expect, metric, unit, scale,
                 target=None, same_as=None, loss=None):
        self.name, self.desc, self.subject, self.load = name, desc, subject, load
        self.subject_listens, self.expect, self.metric = subject_listens, expect, metric
        self.unit, self.scale, self.target, self.same_as, self.loss = unit, scale, target, same_as, loss


def workloads(mp, py, sizes):
    bulk, ping, rounds, udp = sizes["bulk"], sizes["ping"], sizes["echo_rounds"], sizes["udp"]
    b_exe, p_exe = c_program("sock_bulk"), c_program("sock_pingpong")
    e_exe, u_exe = c_program("sock_echo"), c_program("sock_udp")

    def script(name, *args):
        path = os.path.join(SCRIPTS, name)
        return {"python3": [py, path] + list(args), "micropython": [mp, path] + list(args)}

    def with_c(d, argv):
        d["C"] = argv
        return d

    bulk_load = [b_exe, "send", "{port}", str(bulk), str(CHUNK)]
    bulk_c = [b_exe, "recv", str(CHUNK)]
    ping_load = [p_exe, "echo"]
    ping_args = ["{port}", str(ping), str(PING_SIZE)]
    echo_load = [e_exe, "load", "{port}", str(ECHO_CONNS), str(rounds), str(ECHO_SIZE)]
    udp_recv_load = [u_exe, "send", "{port}", str(udp), str(UDP_SIZE), str(UDP_WINDOW)]
    udp_send_load = [u_exe, "recv", str(UDP_SIZE), str(UDP_ACK)]
    udp_send_args = ["{port}", str(udp), str(UDP_SIZE), str(UDP_WINDOW)]
    mib = 1 << 20
    return [
        Workload("bulk_readinto", "recv %d MiB, 64K readinto" % (bulk // mib),
                 with_c(script("bulk.py", "readinto", str(CHUNK)), bulk_c), bulk_load, True, bulk,
                 "rate", "MiB/s", 1.0 / mib, target=("C", 0.95)),
        Workload("bulk_recv", "recv %d MiB, recv(65536)" % (bulk // mib),
                 with_c(script("bulk.py", "recv", str(CHUNK)), bulk_c), bulk_load, True, bulk,
                 "rate", "MiB/s", 1.0 / mib, target=("python3", 0.90)),
        Workload("bulk_recv_into", "  recv_into(buf)",
                 script("bulk.py", "recv_into", str(CHUNK)), bulk_load, True, bulk,
                 "rate", "MiB/s", 1.0 / mib, same_as="bulk_readinto"),
        Workload("pingpong", "%dk round trips, 32 B" % (ping // 1000),
                 with_c(script("pingpong.py", "recv", *ping_args), [p_exe, "client"] + ping_args),
                 ping_load, False, ping, "rate", "trips/s", 1.0, target=("C", 0.90)),
        Workload("pingpong_readinto", "  replies via readinto",
                 script("pingpong.py", "readinto", *ping_args), ping_load, False, ping,
                 "rate", "trips/s", 1.0, target=("C", 0.90), same_as="pingpong"),
        Workload("poll_echo", "%d conns, %dk msgs: CPU" % (ECHO_CONNS, ECHO_CONNS * rounds // 1000),
                 with_c(script("poll_echo.py", "auto", str(ECHO_CONNS)), [e_exe, "server", str(ECHO_CONNS)]),
                 echo_load, True, ECHO_CONNS * rounds, "cpu", "us/msg", 1.0, target=("python3", 1.0)),
        Workload("poll_echo_poll", "  poll() instead of ipoll()",
                 script("poll_echo.py", "poll", str(ECHO_CONNS)), echo_load, True, ECHO_CONNS * rounds,
                 "cpu", "us/msg", 1.0, target=("python3", 1.0), same_as="poll_echo"),
        Workload("udp_recv", "%dk dgrams of 64 B, recvfrom" % (udp // 1000),
                 with_c(script("udp.py", "recv", str(UDP_SIZE), str(UDP_ACK)),
                        [u_exe, "recv", str(UDP_SIZE), str(UDP_ACK)]),
                 udp_recv_load, True, None, "rate", "dgram/s", 1.0, target=("python3", 1.0), loss="recv"),
        Workload("udp_send", "%dk dgrams of 64 B, sendto" % (udp // 1000),
                 with_c(script("udp.py", "send", *udp_send_args), [u_exe, "send"] + udp_send_args),
                 udp_send_load, False, udp, "rate", "dgram/s", 1.0, target=("python3", 1.0), loss="send"),
    ]


# ---------------------------------------------------------------------------
# Measuring and reporting.

def value_of(w, res):
    if w.metric == "rate":
        return res["units"] * w.scale / res["seconds"] if res["seconds"] > 0 else None
    return res["cpu_net"] * 1e6 / res["units"] if res["units"] else None


def better(w, a, b):
    if a is None:
        return False
    if b is None:
        return True
    return a > b if w.metric == "rate" else a < b


def measure(ws, args, baselines, log):
    """{name: {impl: {'best': value, 'res': result of the best run, 'all': [values],
    'lost': [...], 'errors': [...]}}}"""
    table = {w.name: {} for w in ws}
    c_cache = {}
    for run in range(args.runs):
        for w in ws:
            for impl in IMPLS:
                if w.same_as and impl == "C":
                    continue
                cell = table[w.name].setdefault(impl, {"best": None, "res": None, "all": [], "lost": [],
                                                       "errors": []})
                key = (tuple(w.subject[impl]), tuple(w.load), run)
                if impl == "C" and key in c_cache:
                    res, peer, err = c_cache[key]
                else:
                    res, peer, err = run_pair(w.subject[impl], w.load, w.subject_listens, args.timeout)
                    if impl == "C":
                        c_cache[key] = (res, peer, err)
                if err is None and res is not None:
                    lost = None
                    if w.loss == "recv":
                        sent = (peer or {}).get("sent", (peer or {}).get("units"))
                        lost = sent - res["units"] if sent is not None else None
                    elif w.loss == "send":
                        rec = res.get("received", -1)
                        lost = res["units"] - rec if rec is not None and rec >= 0 else None
                    if w.expect is not None and res["units"] != w.expect:
                        err = "got %s units of %s" % (res["units"], w.expect)
                    cell["lost"].append(lost)
                if err is not None or res is None:
                    cell["errors"].append(err or "no result")
                    cell["all"].append(None)
                    log("  %s %s run %d: FAILED %s" % (w.name, impl, run + 1, err))
                    continue
                base = baselines.get((impl, w.subject[impl][1] if impl != "C" else ""), (0.0, 0.0))
                res["cpu_net"] = max(res["cpu"] - base[0], 0.0)
                res["user_net"] = max(res["user"] - base[1], 0.0)
                v = value_of(w, res)
                cell["all"].append(v)
                cell.setdefault("runs", []).append(res)
                cell["api"] = res.get("api", "?")
                if better(w, v, cell["best"]):
                    cell["best"], cell["res"] = v, res
                log("  %s %s run %d: %s %s (cpu %.3fs, api %s)" % (w.name, impl, run + 1, fmt_num(v), w.unit,
                                                                    res["cpu_net"], res.get("api")))
    for w in ws:
        if w.same_as:
            table[w.name]["C"] = table[w.same_as].get("C")
    return table


def fmt_num(v):
    if v is None:
        return "-"
    if v >= 1000:
        return "%.0f" % v
    if v >= 10:
        return "%.1f" % v
    return "%.2f" % v


def cpu_per_unit(w, cell, key="cpu_net"):
    """Subject CPU (key: cpu_net = user+sys, user_net = user) per unit, the
    mean over the runs (the kernel splits user/sys by 4 ms ticks: one run of
    a quick workload has only a few): us per MiB for bulk, else per unit."""
    if not cell or not cell.get("runs"):
        return None
    cpu = sum(r[key] for r in cell["runs"])
    units = sum(r["units"] for r in cell["runs"]) * (w.scale if w.scale != 1.0 else 1.0)
    return cpu * 1e6 / units if units else None


def report(ws, table, args, out):
    def best(name, impl):
        cell = table[name].get(impl)
        return cell["best"] if cell else None

    out("")
    out("Socket benchmarks (%s mode; best of %d; subject = the measured end, load = C)" %
        ("quick" if args.quick else "full", args.runs))
    hdr = "%-18s %-27s %9s %9s %9s %-8s %7s %7s  %s" % ("workload", "", "C", "python3", "mpy", "unit",
                                                         "mpy/C", "mpy/py", "target")
    out(hdr)
    out("-" * len(hdr))
    for w in ws:
        c, p, m = best(w.name, "C"), best(w.name, "python3"), best(w.name, "micropython")

        def ratio(a, b):
            if a is None or b is None or b == 0:
                return "%7s" % "-"
            return "%7.3f" % (a / b)

        tgt = ""
        if w.target:
            against, frac = w.target
            ref = c if against == "C" else p
            if m is not None and ref is not None:
                if w.metric == "rate":
                    ok = m >= frac * ref
                    tgt = ">= %d%% of %s: %s" % (round(frac * 100), against, "MET" if ok else "missed")
                else:
                    ok = m <= frac * ref
                    tgt = "<= %s%s: %s" % ("" if frac == 1 else "%.2fx " % frac, against, "MET" if ok else "missed")
            else:
                tgt = "(no number)"
        out("%-18s %-27s %9s %9s %9s %-8s %s %s  %s" % (w.name, w.desc, fmt_num(c), fmt_num(p), fmt_num(m), w.unit,
                                                         ratio(m, c), ratio(m, p), tgt))
    out("")
    out("Subject CPU per unit, start-up excluded, mean of the runs: user+sys, and user only (the")
    out("interpreter's own work; on loopback the kernel charges TCP processing to whichever end runs):")
    out("%-18s %9s %9s %9s %9s %9s %9s  %-7s  %s" % ("workload", "C", "python3", "mpy", "C usr", "py usr", "mpy usr",
                                                     "unit", "API used (C / python3 / mpy)"))
    for w in ws:
        cells = [table[w.name].get(i) for i in IMPLS]
        vals = [cpu_per_unit(w, c) for c in cells] + [cpu_per_unit(w, c, "user_net") for c in cells]
        unit = "us/MiB" if w.scale != 1.0 else "us/" + w.unit.split("/")[0].rstrip("s")
        apis = " / ".join((c or {}).get("api", "-") for c in cells)
        out("%-18s %9s %9s %9s %9s %9s %9s  %-7s  %s" % (w.name, *(fmt_num(v) for v in vals), unit, apis))
    spreads = []
    for w in ws:
        vals = [v for v in ((table[w.name].get("C") or {}).get("all") or []) if v]
        if len(vals) > 1 and not w.same_as:
            spreads.append("%s %.2fx" % (w.name, max(vals) / min(vals)))
    if spreads:
        out("Noise: max/min over the runs of the C reference: " + ", ".join(spreads))
    for w in ws:
        if w.loss:
            parts = []
            for impl in IMPLS:
                cell = table[w.name].get(impl)
                parts.append("%s %s" % (impl, (cell or {}).get("lost", [])))
            out("%s datagrams lost per run: %s" % (w.name, "; ".join(parts)))
    errors = [(w.name, impl, e) for w in ws for impl in IMPLS if not w.same_as or impl != "C"
              for e in (table[w.name].get(impl) or {}).get("errors", [])]
    if errors:
        out("")
        out("Failed runs:")
        for name, impl, e in errors:
            out("  %s / %s: %s" % (name, impl, e))


# ---------------------------------------------------------------------------
# Does recv() allocating a bytes object per call dominate?

def alloc_micro(args, py, mp, out):
    """recv_alloc.py: one process, a socketpair, no peer to wait for: the
    per-call price of recv()'s new bytes object against recv_into/readinto."""
    script = os.path.join(SCRIPTS, "recv_alloc.py")
    # 65535: recv's buffer (size + 1 for the terminating NUL) is then exactly
    # 4096 GC blocks of 16 bytes; 65536 needs one block more.
    n64k = 4000 if args.quick else 20000
    cases = ((65536, n64k), (65535, n64k), (32, 10 * n64k))
    best = {}
    for _ in range(3):
        for impl, interp in (("python3", py), ("micropython", mp)):
            for size, n in cases:
                try:
                    p = subprocess.run([interp, script, str(size), str(n)], capture_output=True, text=True,
                                       timeout=args.timeout)
                except (OSError, subprocess.TimeoutExpired) as e:
                    out("  recv_alloc.py under %s failed: %s" % (impl, e))
                    return
                for line in p.stdout.splitlines():
                    r = parse_result(line)
                    if r:
                        key = (impl, r["api"], size)
                        best[key] = min(best.get(key, r["us"]), r["us"])
    out("  one process, Unix socketpair, us per send+receive (best of 3):")
    for size, n in cases:
        row = []
        for impl in ("python3", "micropython"):
            for api in ("recv", "recv_into", "readinto"):
                if (impl, api, size) in best:
                    row.append("%s %s %.2f" % ("py" if impl == "python3" else "mpy", api, best[(impl, api, size)]))
        out("    %5d B: %s" % (size, ", ".join(row)))
        if size == 65535:
            out("      (65535: recv's buffer of size + 1 bytes is 4096 GC blocks; 65536 needs 4097)")
        for impl in ("python3", "micropython"):
            a, b = best.get((impl, "recv", size)), best.get((impl, "recv_into", size))
            if a and b:
                out("      %-11s recv() costs %+.2f us per call over recv_into = %+.1f%% of the recv loop" %
                    (impl, a - b, (a - b) / a * 100))


def alloc_analysis(ws, table, args, py, mp, out):
    out("")
    out("Does recv() allocating a bytes object per call dominate?")
    names = {w.name: w for w in ws}
    alloc_micro(args, py, mp, out)
    if args.no_profile or shutil.which("perf") is None:
        out("  (perf profile skipped%s)" % ("" if args.no_profile else ": no perf"))
        return
    # Where the time of ./micropython receiving with recv(65536) goes.
    total = names["bulk_recv"].expect if "bulk_recv" in names else 128 << 20
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "perf.data")
        for api in ("recv", "recv_into"):
            subject = ["perf", "record", "-q", "-e", "cpu-clock", "-o", data, "--", mp,
                       os.path.join(SCRIPTS, "bulk.py"), api, str(CHUNK)]
            load = [c_program("sock_bulk"), "send", "{port}", str(total), str(CHUNK)]
            res, _, err = run_pair(subject, load, True, args.timeout)
            if err is not None:
                out("  perf run failed: %s" % err)
                return
            rep = subprocess.run(["perf", "report", "-i", data, "--stdio", "--sort", "dso,sym"],
                                 capture_output=True, text=True)
            groups, top = profile_groups(rep.stdout)
            user = sum(v for k, v in groups if k != "kernel")
            out("  perf, ./micropython bulk.py %s (%d MiB): %s; gc/alloc = %.0f%% of user-space time" %
                (api, total >> 20, ", ".join("%s %.1f%%" % (k, v) for k, v in groups),
                 100 * dict(groups)["gc/alloc"] / user if user else 0))
            out("    top user-space: %s" % ", ".join(["%s %.1f%%" % (s, v) for s, v, k in top if not k][:8]))


GROUPS = (
    ("kernel", lambda dso, sym: dso.startswith("[kernel")),
    ("gc/alloc", lambda dso, sym: re.match(r"(gc_|m_malloc|m_realloc|m_free|m_renew|vstr_|mark|sweep|"
                                           r"find_free_run|collect|at_set|ensure_tables)", sym) is not None),
    ("libc mem", lambda dso, sym: "libc" in dso and re.search(r"mem(cpy|move|set)", sym) is not None),
    ("libc other", lambda dso, sym: "libc" in dso),
    ("interpreter", lambda dso, sym: True),
)


def profile_groups(text):
    sums = {g: 0.0 for g, _ in GROUPS}
    top = []
    for line in text.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(\S+)\s+\[[.k]\]\s+(\S+)", line)
        if not m:
            continue
        pct, dso, sym = float(m.group(1)), m.group(2), m.group(3)
        top.append((sym, pct, dso.startswith("[kernel")))
        for g, pred in GROUPS:
            if pred(dso, sym):
                sums[g] += pct
                break
    return [(g, sums[g]) for g, _ in GROUPS], top


# ---------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description="socket benchmarks: micropython vs python3 vs C")
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="128 MiB bulk, fewer round trips/messages/datagrams")
    ap.add_argument("--bulk-mib", type=int, help="bulk size in MiB (default 1024, quick 128)")
    ap.add_argument("--micropython", default=os.path.join(ROOT, "micropython"))
    ap.add_argument("--timeout", type=float, default=300, help="kill a run after this many seconds")
    ap.add_argument("--no-profile", action="store_true", help="skip the perf profile of recv()")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every run")
    ap.add_argument("workloads", nargs="*", help="names (or parts of names) of workloads to run")
    args = ap.parse_args(argv)
    out = lambda s: (print(s), sys.stdout.flush())
    log = out if args.verbose else (lambda s: None)

    sizes = {"bulk": 1 << 30, "ping": 100000, "echo_rounds": 500, "udp": 200000}
    if args.quick:
        sizes = {"bulk": 128 << 20, "ping": 20000, "echo_rounds": 100, "udp": 50000}
    if args.bulk_mib:
        sizes["bulk"] = args.bulk_mib << 20
    mp = os.path.abspath(args.micropython)
    py = real_python()
    try:
        ws = workloads(mp, py, sizes)
    except (OSError, subprocess.CalledProcessError) as e:
        out("socket benchmarks: cannot build the C programs (%s)" % e)
        return
    if args.workloads:
        keep = {w.name for w in ws if any(f in w.name for f in args.workloads)}
        keep |= {w.same_as for w in ws if w.name in keep and w.same_as}
        ws = [w for w in ws if w.name in keep]
    baselines = {}
    for impl, interp in (("python3", py), ("micropython", mp)):
        for script in sorted({w.subject[impl][1] for w in ws if impl in w.subject}):
            role = "startup"
            baselines[(impl, script)] = startup_cpu([interp, script, role])
    out("start-up CPU subtracted: " + ", ".join("%s %s %.1f ms" % (i, os.path.basename(s), v[0] * 1e3)
                                                 for (i, s), v in sorted(baselines.items())))
    t0 = time.time()
    table = measure(ws, args, baselines, log)
    report(ws, table, args, out)
    if any(w.name.startswith("bulk") for w in ws):
        alloc_analysis(ws, table, args, py, mp, out)
    out("(socket benchmarks took %.0f s; load average %s)" % (time.time() - t0,
                                                              " ".join(open("/proc/loadavg").read().split()[:3])
                                                              if os.path.exists("/proc/loadavg") else "?"))


if __name__ == "__main__":
    main()
