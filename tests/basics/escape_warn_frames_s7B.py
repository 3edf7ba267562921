# Invalid escapes under each warnings filter in every literal kind, and the
# frames recorded for tracebacks of each kind of code (checked under ASan).
import gc
import io
import sys
import warnings

KINDS = ["'%s'", '"""%s"""', "b'%s'", "f'%s'", "rb'%s'", "f'{1}%s{2}'",
         "f'{f\"%s\"}'", "f'''{1}\n%s'''", "b'''%s\n'''"]
ESCS = ['\\q', '\\8', '\\777', '\\d\\w', '\\N', '\\x1', '\\u12']


def run(src):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        r = type(eval(compile(src, 'z', 'eval'))).__name__
    except Exception as e:
        r = type(e).__name__
    finally:
        sys.stderr = old
    return r, buf.getvalue().count('DeprecationWarning')


for mode in ('error', 'ignore', 'always'):
    warnings.simplefilter(mode)
    out = []
    for k in KINDS:
        for e in ESCS:
            for pad in ('', 'ab'):
                out.append(run(k % (pad + e + pad)))
    print(mode, out)
warnings.resetwarnings()
warnings.simplefilter('ignore')
print(len(eval("'" + '\\q' * 20000 + "'")))
print(eval("f'{1}\\q{f\"{2}\"}'"))


def frames(e):
    gc.collect()
    out = []
    tb = e.__traceback__
    while tb:
        c = tb.tb_frame.f_code
        out.append((c.co_name, tb.tb_lineno - c.co_firstlineno, c.co_varnames))
        tb = tb.tb_next
    return out[1:]


def gen():
    yield 1
    1 / 0


async def co(a):
    await co2()


async def co2():
    raise ValueError


g = {}
exec("def gen2(x):\n  yield x\n  x / 0\n", g)
cases = [
    lambda: (lambda a: a / 0)(1),
    lambda: list(gen()),
    lambda: co(1).send(None),
    lambda: list(g['gen2'](0)),
    lambda: exec("x = 1\ny = x / 0", {}),
    lambda: eval("[1 / 0 for v in [1]]"),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, [fr[:2] for fr in frames(e)][:3])
try:
    class C:
        x = 1
        1 / 0
except Exception as e:
    print(frames(e))
try:
    # a frozen (lib/*.py) module's frames: only their walk is portable
    __import__('copy').deepcopy((x for x in []))
except Exception as e:
    print(type(e).__name__, len(frames(e)) > 0)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print(len(frames(e)) > 50)
