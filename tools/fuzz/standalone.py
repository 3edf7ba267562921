"""Running one generator module by itself, without tools/fuzz/fuzz.py:

    python3 tools/fuzz/gen_sN.py SEED              print the case of SEED
    python3 tools/fuzz/gen_sN.py --run N [BINARY]  run seeds 0..N-1 under BINARY

A case fails when the binary dies of a signal, a sanitizer reports, or (with
need_end) the case does not reach its final print('end')."""
import os
import random
import subprocess
import sys


def main(strategy, tag, need_end=False):
    if len(sys.argv) <= 1 or sys.argv[1] != "--run":
        print(strategy(random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else None), None))
        return
    n = int(sys.argv[2])
    binary = sys.argv[3] if len(sys.argv) > 3 else "./micropython"
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    path = "/tmp/_fz_%s_case_%d.py" % (tag, os.getpid())
    bad = 0
    for seed in range(n):
        with open(path, "w") as f:
            f.write(strategy(random.Random(seed), None))
        try:
            p = subprocess.run([binary, path], capture_output=True, timeout=20, env=env)
        except subprocess.TimeoutExpired:
            bad += 1
            print("seed", seed, "timeout")
            continue
        err = p.stderr.decode("utf-8", "replace")
        ended = "end" in p.stdout.decode("utf-8", "replace")
        if p.returncode < 0 or "Sanitizer" in err or "runtime error" in err or (need_end and not ended):
            bad += 1
            print("seed", seed, "rc", p.returncode, err.strip().split("\n")[-1][:200])
    os.remove(path)
    print("%d cases, %d failures" % (n, bad))


def diff_main(argv, make_case, strategy, tag):
    """The command line of a generator with a CPython-comparable part:
    `--diff N [BINARY]` runs seeds 0..N-1 of make_case(rnd) under BINARY and
    python3 and reports the first differing line of each; `--diff-case SEED`
    prints one case; anything else is main(strategy, tag)."""
    import random
    if len(argv) > 2 and argv[1] == "--diff":
        diff_run(int(argv[2]), argv[3] if len(argv) > 3 else "./micropython", make_case, tag)
    elif len(argv) > 2 and argv[1] == "--diff-case":
        print(make_case(random.Random(int(argv[2]))))
    else:
        main(strategy, tag, need_end=True)


def diff_run(n, binary, make_case, tag):
    import os
    import random
    import subprocess
    path = "/tmp/_fz_%s_diff_%d.py" % (tag, os.getpid())
    bad = 0
    for seed in range(n):
        with open(path, "w") as f:
            f.write(make_case(random.Random(seed)))
        outs = []
        for exe in (binary, "python3"):
            try:
                outs.append(subprocess.run([exe, path], capture_output=True, timeout=20).stdout)
            except subprocess.TimeoutExpired:
                outs.append(b"timeout")
        if outs[0] != outs[1]:
            bad += 1
            a, b = outs[0].splitlines(), outs[1].splitlines()
            i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            print("seed", seed, "line", i + 1, a[i:i + 1], "cpython", b[i:i + 1])
    os.remove(path)
    print("%d cases, %d differ" % (n, bad))
