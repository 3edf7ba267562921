# os.execv/execve argument lists and environment items whose __fspath__
# changes the list being read (and collects garbage): each later item is
# read afresh, as CPython does, never through a pointer into the list's old
# storage. The path does not exist, so every call fails after reading all.
import os
import gc
if not hasattr(os, 'execv'):
    print('SKIP')
    raise SystemExit


class P:
    def __init__(self, lst, fill):
        self.lst = lst
        self.fill = fill

    def __fspath__(self):
        self.lst.clear()
        self.lst.extend(self.fill)
        gc.collect()
        [bytearray(64) for _ in range(200)]
        return 'arg'


def attempt(what, fn, *args):
    try:
        fn('/nonexistent/s17A/prog', *args)
    except OSError as e:
        print(what, type(e).__name__, e.errno)
    except (TypeError, ValueError, IndexError) as e:
        print(what, type(e).__name__)


args = []
args.extend([P(args, ['x'] * 500), 'b', 'c', 'd', 'e', 'f'])
attempt('execv, list grown', os.execv, args)
args = []
args.extend([P(args, ['x'] * 500), 'b', 'c'])
attempt('execve, list grown', os.execve, args, {'A': 'b'})
args = []
args.extend(['a', P(args, [1, 2, 3]), 'c'])
attempt('execv, ints put in', os.execv, args)
