#!/usr/bin/env python3
"""Socket benchmarks: each workload of socket_work.py with both ends under
./micropython, both under python3, and both in C (c/socket_work.c, plain
send/recv: the physical limit). Prints the median wall time of the client
and the ratios micropython/python3 and micropython/C. Never fails on a time.

  tools/bench/socket_bench.py [-n RUNS] [--micropython PATH] [WORKLOAD...]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WORKLOADS = ("bulk_readinto", "bulk_recv", "pingpong", "poll_echo", "udp")
DESCRIPTIONS = {
    "bulk_readinto": "1 GiB, 64 KiB readinto",
    "bulk_recv": "1 GiB, recv(65536)",
    "pingpong": "100k round trips, 32 B",
    "poll_echo": "poll, 200 conns x 250",
    "udp": "200k datagrams, 64 B",
}


def real_python():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def c_program():
    exe = os.path.join(ROOT, "build", "socket_work")
    src = os.path.join(HERE, "c", "socket_work.c")
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(src):
        os.makedirs(os.path.dirname(exe), exist_ok=True)
        subprocess.run(["cc", "-O2", "-o", exe, src], check=True)
    return [exe]


def run_once(cmd, work, timeout=300):
    # Start the server, read its port, then time the client to the end of
    # both processes.
    server = subprocess.Popen(cmd + [work, "server"], stdout=subprocess.PIPE)
    try:
        line = server.stdout.readline().decode()
        if not line.startswith("PORT "):
            return None
        t0 = time.perf_counter()
        client = subprocess.run(cmd + [work, "client", line.split()[1]], timeout=timeout,
                                stdout=subprocess.PIPE)
        server.wait(timeout=timeout)
        elapsed = time.perf_counter() - t0
        rest = server.stdout.read()
        if client.returncode != 0 or server.returncode != 0 or rest or client.stdout:
            sys.stderr.write("%s %s: %r %r\n" % (cmd[0], work, rest, client.stdout))
            return None
        return elapsed
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=3)
    ap.add_argument("--micropython", default=os.path.join(ROOT, "micropython"))
    ap.add_argument("workloads", nargs="*")
    args = ap.parse_args()
    script = os.path.join(HERE, "socket_work.py")
    impls = (
        ("C", c_program()),
        ("python3", [real_python(), script]),
        ("micropython", [args.micropython, script]),
    )
    print("%-14s %-24s %8s %8s %8s %7s %7s" % ("workload", "", "C", "python3", "mpy", "mpy/py", "mpy/C"))
    for work in args.workloads or WORKLOADS:
        t = {}
        for name, cmd in impls:
            times = [run_once(cmd, work) for _ in range(args.runs)]
            t[name] = None if None in times else statistics.median(times)

        def fmt(v):
            return "%8.3f" % v if v is not None else "%8s" % "-"

        def ratio(a, b):
            return "%7.2f" % (t[a] / t[b]) if t[a] and t[b] else "%7s" % "-"

        print("%-14s %-24s %s %s %s %s %s" % (work, DESCRIPTIONS[work], fmt(t["C"]), fmt(t["python3"]),
                                             fmt(t["micropython"]), ratio("micropython", "python3"),
                                             ratio("micropython", "C")))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
