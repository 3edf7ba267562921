# timeit: time small snippets. Statements given as text are wrapped in a
# function compiled once, so only the loop is measured; callables are
# called from that loop instead. The garbage collector is off while timing,
# as in CPython. Without globals= the snippets see this module's globals.
# Left out: the command-line interface (main).
import gc
import sys
from time import perf_counter as default_timer

default_number = 1000000
default_repeat = 5


def _part(code, name, depth, arg):
    # -> (text for the function body, extra parameter or '')
    if isinstance(code, str):
        compile(code, '<timeit-src>', 'exec')
        return code.replace('\n', '\n' + ' ' * depth), ''
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
