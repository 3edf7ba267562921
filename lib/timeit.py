# timeit: time small snippets. Statements given as text are wrapped in a
# function compiled once, so only the loop is measured; callables are
# called from that loop instead. The garbage collector is off while timing,
# as in CPython. Without globals= the snippets see this module's globals.
# main() is the command line: python -m timeit [-n N] [-r N] [-u UNIT]
# [-s SETUP]... [-p] [-v]... [-h] [--] [STATEMENT...]
import gc
import sys
from time import perf_counter as default_timer

default_number = 1000000
default_repeat = 5


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


def _part(code, name, depth, arg):
    # -> (text for the function body, extra parameter or '')
    if isinstance(code, str):
        compile(code, '<timeit-src>', 'exec')
        return reindent(code, depth), ''
    if callable(code):
        return arg + '()', ', %s=%s' % (arg, arg)
    raise ValueError('%s is neither a string nor callable' % name)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        body, p1 = _part(stmt, 'stmt', 8, '_stmt')
        pre, p2 = _part(setup, 'setup', 4, '_setup')
        src = ('def inner(_it, _timer%s%s):\n    %s\n    _t0 = _timer()\n'
               '    for _i in _it:\n        %s\n        pass\n    return _timer() - _t0\n'
               % (p1, p2, pre, body))
        ns = {'_stmt': stmt, '_setup': setup}
        exec(src, ns if globals is None else globals, ns)
        self.inner = ns['inner']
        self.src = src

    def timeit(self, number=default_number):
        was = gc.isenabled()
        gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if was:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        n = 1
        while True:
            for k in (1, 2, 5):
                t = self.timeit(n * k)
                if callback:
                    callback(n * k, t)
                if t >= 0.2:
                    return n * k, t
            n *= 10

    def print_exc(self, file=None):
        sys.print_exception(sys.exc_info()[1], file or sys.stderr)


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    # returns the exit status (None when all went well)
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, 'n:u:s:r:pvh', ['number=', 'setup=', 'repeat=',
                                   'process', 'verbose', 'unit=', 'help'])
    except getopt.error as err:
        print('%s\nuse -h/--help for command line help' % err)
        return 2
    timer = default_timer
    number = verbose = 0
    setup = []
    repeat = default_repeat
    units = {'sec': 1.0, 'msec': 1e-3, 'usec': 1e-6, 'nsec': 1e-9}
    unit = None
    prec = 3
    for o, a in opts:
        o = o.lstrip('-')[:1]
        if o == 'n':
            number = int(a)
        elif o == 's':
            setup.append(a)
        elif o == 'u':
            if a not in units:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.', file=sys.stderr)
                return 2
            unit = a
        elif o == 'r':
            repeat = max(int(a), 1)
        elif o == 'p':
            import time
            timer = time.process_time
        elif o == 'v':
            prec += verbose > 0
            verbose += 1
        elif o == 'h':
            print('usage: timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [stmt ...]')
            return 0
    sys.path.insert(0, '.')
    if _wrap_timer:
        timer = _wrap_timer(timer)
    t = Timer('\n'.join(args) or 'pass', '\n'.join(setup) or 'pass', timer)

    def fmt(dt):
        u = unit
        if u is None:
            for u in units:
                if dt >= units[u]:
                    break
        return '%.*g %s' % (prec, dt / units[u], u)

    try:
        if not number:
            number = t.autorange(verbose and (lambda n, dt: print(
                '%d loop%s -> %.*g secs' % (n, 's'[:n != 1], prec, dt))))[0]
            if verbose:
                print()
        raw = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print('raw times: ' + ', '.join(map(fmt, raw)) + '\n')
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's'[:number != 1], repeat, fmt(min(raw) / number)))


if __name__ == '__main__':
    sys.exit(main())
