# contextlib (frozen pure-Python module, lib/contextlib.py): generator-based context managers,
# closing, suppress, nullcontext, redirect_stdout, ExitStack, async variants.
import contextlib
from contextlib import contextmanager, closing, suppress, nullcontext, ExitStack
import io
import sys


@contextmanager
def tag(name, log):
    log.append('<' + name + '>')
    try:
        yield name.upper()
    finally:
        log.append('</' + name + '>')


log = []
with tag('a', log) as v:
    log.append(v)
print(log)
print(tag.__name__)

# An exception passes into the generator and propagates.
log = []
try:
    with tag('b', log):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e, log)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')

with swallow():
    pass
print('no exception ok')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def yields_again():
    try:
        yield
    except ValueError:
        yield


try:
    with yields_again():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


try:
    with converts():
        raise ValueError('orig')
except TypeError as e:
    print('converted:', e, repr(e.__cause__))


# StopIteration thrown into the generator comes back as itself.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration passes through', e)


# Used as a decorator: a fresh generator on each call.
@tag('deco', log)
def decorated(x):
    return x * 2


log = []
print(decorated(3), decorated(4), log)


class Res:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Res()
with closing(r) as got:
    print('inside closing', got is r, r.closed)
print('closed', r.closed)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
with suppress():
    pass

with nullcontext(5) as n:
    print('nullcontext', n)
with nullcontext() as n:
    print('nullcontext', n)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured')
    print(target is buf)
print('buffer:', repr(buf.getvalue()))
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    sys.stderr.write('err text\n')
print('stderr buffer:', repr(buf.getvalue()))


# ExitStack
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'xyz']
    print(names)
    stack.callback(print, 'callback', 1, sep='-')
    stack.push(lambda *a: print('pushed fn', a[0]))
    stack.push(CM('pushed-cm'))
print('done')

with ExitStack() as stack:
    stack.enter_context(CM('s', suppress=True))
    stack.enter_context(CM('t'))
    raise ValueError('suppressed by s')
print('suppressed by stack')

# pop_all transfers the callbacks.
with ExitStack() as stack:
    stack.callback(print, 'transferred')
    other = stack.pop_all()
print('stack closed, nothing ran')
other.close()


# Exception raised by one callback becomes the one the next sees.
def raiser(*exc):
    raise KeyError('from callback')


def watcher(t, v, tb):
    print('watcher sees', t.__name__ if t else None, repr(v))


try:
    with ExitStack() as stack:
        stack.push(watcher)
        stack.push(raiser)
        raise ValueError('original')
except KeyError as e:
    print('final', repr(e), 'context', repr(e.__context__))

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError', e)

s = ExitStack()
s.callback(print, 'close() runs callbacks')
s.close()


# Async context managers, driven without an event loop.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


@contextlib.asynccontextmanager
async def actx(name):
    print('aenter', name)
    try:
        yield name * 2
    finally:
        print('aexit', name)


async def main():
    async with actx('q') as v:
        print('got', v)
    try:
        async with actx('r'):
            raise ValueError('in async')
    except ValueError as e:
        print('async propagated', e)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(actx('s'))
        st.callback(print, 'sync cb')

        async def acb(x):
            print('async cb', x)
        st.push_async_callback(acb, 7)
        print('stack got', v)
    async with nullcontext(9) as n:
        print('async nullcontext', n)
    return 'main done'


print(run(main()))


# --- more coverage ---
class Plain:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return None


class Blocked(Plain):
    __exit__ = None


print(issubclass(Plain, contextlib.AbstractContextManager),
      issubclass(Blocked, contextlib.AbstractContextManager),
      issubclass(int, contextlib.AbstractContextManager),
      isinstance(nullcontext(), contextlib.AbstractAsyncContextManager))


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print('Deco enter')
        return self

    def __exit__(self, *exc):
        print('Deco exit', exc[0].__name__ if exc[0] else None)
        return False


@Deco()
def work(a, b=2):
    """doc of work"""
    return a + b


print(work(1), work.__name__, work.__doc__)

cm = tag('once', [])
with cm:
    pass
try:
    with cm:
        pass
except (AttributeError, RuntimeError) as e:
    print('reuse fails', type(e).__name__)

try:
    ExitStack().enter_context(nullcontext)
except TypeError as e:
    print('TypeError', e)


async def use_async_in_sync():
    try:
        await contextlib.AsyncExitStack().enter_async_context(Plain())
    except TypeError as e:
        print('TypeError', e)


run(use_async_in_sync())

r = Res()
pushed = ExitStack()
closer = lambda *a: r.close()
print(pushed.push(closer) is closer, pushed.callback(len, 'ab') is len)
pushed.close()
print('closed by push', r.closed)

inner = io.StringIO()
outer = io.StringIO()
redir = contextlib.redirect_stdout(inner)
with redir:
    print('one')
    with contextlib.redirect_stdout(outer):
        print('two')
    with redir:
        print('three')
    print('four')
print(repr(inner.getvalue()), repr(outer.getvalue()))

import os
here = os.getcwd()
with contextlib.chdir('/'):
    print('in root', os.getcwd())
print('back', os.getcwd() == here)


class AsyncRes:
    async def aclose(self):
        print('aclose called')


async def main2():
    async with contextlib.aclosing(AsyncRes()) as ar:
        print('in aclosing', type(ar).__name__)

    @contextlib.asynccontextmanager
    async def guard():
        try:
            yield
        except KeyError:
            print('async swallowed')

    async with guard():
        raise KeyError('k')

    @guard()
    async def decorated_coro(x):
        return x + 1
    print('decorated coro', await decorated_coro(1))

    async with contextlib.AsyncExitStack() as st:
        async def aexit_fn(t, v, tb):
            print('aexit_fn sees', t.__name__ if t else None)
            return True
        st.push_async_exit(aexit_fn)
        raise IndexError('eaten by async exit')
    print('after async suppress')

    @contextlib.asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    st = contextlib.AsyncExitStack()
    st.callback(print, 'aclose runs')
    await st.aclose()
    return 'main2 done'


print(run(main2()))

# Chaining when an exception is already being handled around the stack.
try:
    try:
        raise OSError('outer')
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser)
            raise ValueError('inside')
except KeyError as e:
    c = e.__context__
    print(repr(e), repr(c), repr(c.__context__))


# Generator sees the exact exception instance; the traceback is kept.
@contextmanager
def reraises():
    try:
        yield
    except Exception as e:
        print('gen got', repr(e))
        raise


try:
    with reraises():
        {}['missing']
except KeyError as e:
    print('outside', repr(e), e.__traceback__ is not None)

with suppress(ValueError) as s:
    print('suppress enter gives', s)
print(contextlib.suppress(OSError).__exit__(FileNotFoundError, None, None),
      contextlib.suppress(OSError).__exit__(None, None, None))
print(sorted(contextlib.__all__))
print(type(tag('z', [])).__name__)
