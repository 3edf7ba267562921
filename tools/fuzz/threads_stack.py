# At the bottom of the C stack of a thread (Python recursion until
# RecursionError, then BACKOFF levels back up), runs operations that recurse
# in C: each must end in an exception, never a crash. Run it under the
# sanitizer build with small stacks:
#   N=990 BACKOFF=1 ./micropython-sanitize tools/fuzz/threads_stack.py 32768 [op...]
# (argument 1: _thread.stack_size, or 'main' for the main thread).
import sys, threading, _thread, json, re
N = int(__import__('os').environ.get('N', '400'))
ops = {
 'parse': lambda: compile('(' * N + '1' + ')' * N, 's', 'eval'),
 'parse_list': lambda: compile('[' * N + ']' * N, 's', 'eval'),
 'parse_unary': lambda: compile('-' * N + '1', 's', 'eval'),
 'parse_not': lambda: compile('not ' * N + '1', 's', 'eval'),
 'parse_lambda': lambda: compile('lambda: ' * N + '1', 's', 'eval'),
 'parse_if': lambda: compile(''.join(' ' * i + 'if 1:\n' for i in range(90)) + ' ' * 90 + 'pass\n', 's', 'exec'),
 'parse_fstr': lambda: compile('f"{' * 2 + '1' + '}"' * 2, 's', 'eval'),
 'parse_attr': lambda: compile('a' + '.b' * 5000, 's', 'eval'),
 'parse_call': lambda: compile('f' + '()' * 5000, 's', 'eval'),
 'parse_sub': lambda: compile('a' + '[0]' * 5000, 's', 'eval'),
 'parse_binop': lambda: compile('1' + '+1' * 20000, 's', 'eval'),
 'parse_pow': lambda: compile('2' + '**2' * 2000, 's', 'eval'),
 'parse_cmp': lambda: compile('1' + '<1' * 5000, 's', 'eval'),
 'parse_and': lambda: compile('1' + ' and 1' * 5000, 's', 'eval'),
 'parse_tern': lambda: compile('1' + ' if 1 else 1' * 2000, 's', 'eval'),
 'parse_str': lambda: compile('"a" ' * 5000, 's', 'eval'),
 'json_loads': lambda: json.loads('[' * N + ']' * N),
 'json_dumps': lambda: json.dumps(eval('[' * (N//8) + ']' * (N//8))),
 're_compile': lambda: re.compile('(' * N + 'a' + ')' * N),
 're_match': lambda: re.match('(?:a|b)*c', 'ab' * 5000),
 're_match2': lambda: re.match('(a*)*b', 'a' * 30),
 're_sub': lambda: re.sub('(a)', lambda m: m.group(1), 'a' * 100),
 'repr': lambda: repr(eval('[' * (N//8) + ']' * (N//8))),
 'eq': lambda: eval('[' * (N//8) + ']' * (N//8)) == eval('[' * (N//8) + ']' * (N//8)),
 'format': lambda: '{:{}{}}'.format(1, '>', 10),
 'sorted': lambda: sorted([3, 1, 2], key=lambda x: -x),
 'str_join': lambda: ','.join(str(i) for i in range(100)),
 'int_str': lambda: str(10 ** 3000),
 'int_parse': lambda: int('9' * 3000),
 'float_fmt': lambda: '%.100f' % 1e300,
 'exec_def': lambda: exec('def g():\n' + '  x = 1\n' * 100),
 'import': lambda: __import__('textwrap'),
 'print': lambda: print(end=''),
 'exc_tb': lambda: __import__('traceback').format_exc(),
 'unicodedata': lambda: '\N{LATIN SMALL LETTER A}',
 'struct': lambda: __import__('struct').pack('>' + 'i' * 100, *range(100)),
 'zlib': lambda: __import__('zlib').compress(b'a' * 100000),
 'zlib_d': lambda: __import__('zlib').decompress(__import__('zlib').compress(b'ab' * 100000)),
 'hash': lambda: __import__('hashlib').sha256(b'a' * 10000).hexdigest(),
 'deque': lambda: __import__('collections').deque(range(100)),
 'gc': lambda: __import__('gc').collect(),
 'bigmul': lambda: (7 ** 20000) * (3 ** 20000),
 'bigdiv': lambda: (7 ** 20000) // (3 ** 10000),
 'strfmt': lambda: f'{1:>{10}}' * 10,
 'sum_gen': lambda: sum(x for x in range(10)),
}
res = {}
K = int(__import__('os').environ.get('BACKOFF', '3'))
def at_bottom(name, op, n=0):
    try:
        r = at_bottom(name, op, n + 1)
    except RecursionError:
        return -1
    if not isinstance(r, int):
        return r
    if r + 1 < K:
        return r + 1
    try:
        op()
        return 'ok'
    except (RecursionError, SyntaxError, MemoryError) as e:
        return type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
names = sys.argv[2:] or list(ops)
if sys.argv[1] != 'main':
    _thread.stack_size(int(sys.argv[1]))
for name in names:
    print(name, end=' ', flush=True) if hasattr(print, '__call__') else None
    if sys.argv[1] == 'main':
        r = at_bottom(name, ops[name])
    else:
        out = []
        t = threading.Thread(target=lambda: out.append(at_bottom(name, ops[name]))); t.start(); t.join()
        r = out[0] if out else 'thread died'
    print(r)
