#!/usr/bin/env python3
"""Interpreter benchmarks: each workload under ./micropython and the real
python3 in the same run; prints medians and ratios (ours / CPython).
Then the socket benchmarks (tools/bench/socket_bench.py: ours, CPython and C);
--socket quick|off changes that (off by default when workloads are named).
Benchmarks never fail: they only report."""
import argparse
import glob
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def real_python():
    out = subprocess.run(['python3', '-c', 'import sys; print(sys.executable)'],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def time_run(cmd, runs):
    times = []
    output = None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t0)
        output = p.stdout
        if p.returncode != 0:
            return None, p.stderr.decode(errors='replace')[-300:]
    return statistics.median(times), output


def peak_rss_kib(cmd):
    # tools/bench/c/maxrss.c forks from a tiny process: Linux counts the
    # pre-exec image in ru_maxrss, which would be Python's own if we forked here.
    exe = os.path.join(ROOT, 'build', 'maxrss')
    src = os.path.join(HERE, 'c', 'maxrss.c')
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(src):
        os.makedirs(os.path.dirname(exe), exist_ok=True)
        subprocess.run(['cc', '-O2', '-o', exe, src], check=True)
    out = subprocess.run([exe] + cmd, capture_output=True, text=True)
    return int(out.stdout.split()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-n', '--runs', type=int, default=5)
    ap.add_argument('--micropython', default=os.path.join(ROOT, 'micropython'))
    ap.add_argument('--socket', choices=('full', 'quick', 'off'),
                    help='socket benchmarks after these (default full; off if workloads are named)')
    ap.add_argument('--socket-runs', type=int, default=5)
    ap.add_argument('filter', nargs='*')
    args = ap.parse_args()
    mp = args.micropython
    py = real_python()

    print('%-22s %12s %12s %8s' % ('workload', 'micropython', 'python3', 'ratio'))
    t_mp, _ = time_run([mp, '-c', 'pass'], max(args.runs, 10))
    t_py, _ = time_run([py, '-I', '-S', '-c', 'pass'], max(args.runs, 10))
    if t_mp and t_py:
        print('%-22s %10.2fms %10.2fms %8.3f' % ('startup (-c pass)', t_mp * 1e3, t_py * 1e3, t_mp / t_py))
    rss_mp = peak_rss_kib([mp, '-c', 'pass'])
    rss_py = peak_rss_kib([py, '-I', '-S', '-c', 'pass'])
    print('%-22s %8d KiB %8d KiB %8.3f' % ('peak RSS (-c pass)', rss_mp, rss_py, rss_mp / rss_py))
    size = os.path.getsize(mp)
    print('%-22s %10d KiB (unstripped)' % ('binary size', size // 1024))

    ratios = []
    for path in sorted(glob.glob(os.path.join(HERE, 'interp', '*.py'))):
        name = os.path.basename(path)[:-3]
        if args.filter and not any(f in name for f in args.filter):
            continue
        t_mp, out_mp = time_run([mp, path], args.runs)
        t_py, out_py = time_run([py, path], args.runs)
        if t_mp is None:
            print('%-22s FAILED: %s' % (name, out_mp))
            continue
        note = '' if out_mp == out_py else '  (OUTPUT DIFFERS)'
        ratio = t_mp / t_py
        ratios.append(ratio)
        print('%-22s %11.3fs %11.3fs %8.3f%s' % (name, t_mp, t_py, ratio, note))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print('%-22s %12s %12s %8.3f' % ('geometric mean', '', '', geo))

    socket_mode = args.socket or ('off' if args.filter else 'full')
    if socket_mode != 'off':
        sys.stdout.flush()
        sys.dont_write_bytecode = True  # no __pycache__ in the source tree
        import socket_bench
        argv = ['--micropython', mp, '--runs', str(args.socket_runs)]
        socket_bench.main(argv + (['--quick'] if socket_mode == 'quick' else []))


if __name__ == '__main__':
    main()
