# Threads with small stack sizes: unbounded recursion ends in RecursionError,
# and so do deeply nested regular expressions compiled near the bottom of
# the stack (or compile, where the stack is large); nothing crashes.
import _thread, re, threading

def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)

def bottom(op, n=0):
    try:
        r = bottom(op, n + 1)
    except RecursionError:
        return -1
    if not isinstance(r, int):
        return r
    if r < 2:
        return r + 1
    try:
        op()
        return 'ok'
    except RecursionError:
        return 'RecursionError'

out = []

def deep():
    try:
        rec(100000)
        out.append('no error')
    except RecursionError:
        out.append('RecursionError')
    out.append(rec(50))
    r = bottom(lambda: re.compile('(' * 150 + 'a' + ')' * 150))
    out.append(r in ('ok', 'RecursionError'))

for size in (0, 32768, 65536, 1 << 20):
    _thread.stack_size(size)
    t = threading.Thread(target=deep)
    t.start()
    t.join()
_thread.stack_size(0)
print(out)
