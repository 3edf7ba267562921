# tracebacks as values: with_traceback, __traceback__ assignment, the
# traceback module's extract/format functions, exception copies, notes
import sys, traceback, copy, contextlib

def fail():
    1 / 0
def outer():
    fail()

try:
    outer()
except ZeroDivisionError:
    tb = sys.exc_info()[2]

e = ValueError('v').with_traceback(tb)
print(e.__traceback__ is tb)
try:
    raise e
except ValueError as x:
    names = [fs.name for fs in traceback.extract_tb(x.__traceback__)]
    print(names)

class MyErr(Exception):
    pass
print(type(MyErr(1).with_traceback(None)).__name__)

frames = traceback.extract_tb(tb)
print(len(frames), [f.name for f in frames], [f.line for f in frames])
fs = frames[-1]
fn, ln, name, line = fs
print(name, line, fs == (fn, ln, name, line), len(fs), fs[2])
text = ''.join(traceback.format_tb(tb))
print(text.count('File "'), 'in fail' in text, '1 / 0' in text)
print(traceback.format_list([('a.py', 3, 'f', 'x = 1')]))
s = traceback.StackSummary.from_list([('a.py', 3, 'f', None)])
print(type(s).__name__, s.format())
def here():
    return traceback.extract_stack()[-1].name, len(traceback.format_stack(limit=1))
print(here())
te = traceback.TracebackException.from_exception(e)
print([f.name for f in te.stack][-2:])

# a @contextmanager re-raising the block's exception keeps its traceback
@contextlib.contextmanager
def cm():
    yield
try:
    with cm():
        1 / 0
except ZeroDivisionError as z:
    print([f.name for f in traceback.extract_tb(z.__traceback__)])

# __notes__ must be a list for add_note
n = ValueError(1)
n.__notes__ = 42
try:
    n.add_note('x')
except TypeError as t:
    print('TypeError', t)
n.__notes__ = []
n.add_note('y')
print(n.__notes__)

# copies keep the arguments (BaseException.__reduce__)
class WithInit(Exception):
    def __init__(self, a, b=0):
        super().__init__(a)
        self.b = b
for ex in (ValueError(1, 2), KeyError('k'), WithInit(5, b=7), OSError(2, 'nf', 'f.txt')):
    c = copy.copy(ex)
    d = copy.deepcopy(ex)
    print(type(c).__name__, c.args, d.args, getattr(c, 'b', None), getattr(d, 'filename', None))
print(ValueError(3).__reduce__(), WithInit(1).__reduce__()[1:])

# async generators: StopAsyncIteration escaping the body is a RuntimeError;
# a coroutine cannot be awaited twice at once
class BadTarget:
    def __setitem__(self, k, v):
        raise StopAsyncIteration(42)
async def source():
    yield 10
async def run():
    agen = (0 async for BadTarget()[0] in source())
    try:
        await agen.asend(None)
    except RuntimeError as r:
        print('RuntimeError', r, type(r.__cause__).__name__)
import types
@types.coroutine
def nop():
    yield
async def sleeper():
    await nop()
async def waiter(c):
    await c
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration:
        pass
drive(run())
co = sleeper()
co.send(None)
try:
    waiter(co).send(None)
except RuntimeError as r:
    print('RuntimeError', r)
co.close()
