# timeit.main(): the command line, driven with a fake timer (each timed
# statement advances it by a fixed step), and timeit.reindent()
import io
import sys
import timeit


class Clock:
    def __init__(self, step):
        self.t = 0.0
        self.step = step

    def __call__(self):
        return self.t

    def tick(self):
        self.t += self.step


def run(step, *switches):
    clock = Clock(step)
    timeit._clock = clock
    out, err = io.StringIO(), io.StringIO()
    keep = sys.stdout, sys.stderr, sys.path[:]
    sys.stdout, sys.stderr = out, err
    try:
        rc = timeit.main(list(switches) + ['import timeit; timeit._clock.tick()'],
                         _wrap_timer=lambda t: clock)
    finally:
        sys.stdout, sys.stderr = keep[:2]
        sys.path[:] = keep[2]
    e = err.getvalue().strip().splitlines()
    print(rc, repr(out.getvalue()), e[-1:] if e else '')


run(5.5)
run(0.0055)
run(0.0000025, '-n100')
run(2.0, '-n', '35', '-s', 'a = 1', '--setup', 'b = a')
run(60.0, '-r9')
run(60.0, '--repeat=-5')
run(1.0, '-v')
run(0.00003, '-vv')
for u in ('sec', 'msec', 'usec', 'nsec', 'parsec'):
    run(0.003, '-u', u)
run(1.0, '--bad-switch')
run(1.0, '-n1', '-s', '1/0')
print(repr(timeit.reindent('a\nb\n', 2)), repr(timeit.reindent('', 4)))
