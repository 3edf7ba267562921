# contextlib: helpers for with-statements, with the public API and the
# observable behaviour (messages, exception chaining) of CPython 3.11.
#
# Layout: the two ABCs, the decorator mixins, the generator-based managers
# (one shared base for the sync and async flavours), the small managers,
# and the exit stacks (one shared base keeping a list of exit callables).

import sys
import os
import abc
from functools import wraps
from types import GenericAlias

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing',
           'chdir']


def _defines_all(cls, names):
    # Structural check for __subclasshook__: every name must be defined
    # somewhere along the MRO, and not blocked by being set to None.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _subscript(cls, item):
    # AbstractContextManager[int] and the like.
    try:
        return GenericAlias(cls, item)
    except TypeError:
        # this interpreter's GenericAlias may not be constructible yet
        return cls


def _protocol_abc(name, opener, closer, is_async, doc):
    # Both ABCs have the same shape: a default opener returning self, an
    # abstract closer, and a structural subclass check on the two names.
    if is_async:
        async def enter(self):
            return self

        async def leave(self, exc_type, exc_value, traceback):
            return None
    else:
        def enter(self):
            return self

        def leave(self, exc_type, exc_value, traceback):
            return None
    enter.__name__, leave.__name__ = opener, closer
    enter.__qualname__ = name + '.' + opener
    leave.__qualname__ = name + '.' + closer

    def hook(cls, C):
        if cls is made:
            return _defines_all(C, (opener, closer))
        return NotImplemented
    body = {'__module__': __name__, '__qualname__': name, '__doc__': doc,
            '__class_getitem__': classmethod(_subscript),
            opener: enter, closer: abc.abstractmethod(leave),
            '__subclasshook__': classmethod(hook)}
    made = abc.ABCMeta(name, (abc.ABC,), body)
    return made


AbstractContextManager = _protocol_abc(
    'AbstractContextManager', '__enter__', '__exit__', False,
    'ABC for classes usable in a with statement (__enter__ and __exit__).')
AbstractAsyncContextManager = _protocol_abc(
    'AbstractAsyncContextManager', '__aenter__', '__aexit__', True,
    'ABC for classes usable in an async with statement (__aenter__ and __aexit__).')


class ContextDecorator(object):

    def _fresh_copy(self):
        # Documented hook: a manager that can only be entered once returns
        # a fresh copy of itself here.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._fresh_copy():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator(object):

    def _fresh_copy(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._fresh_copy():
                return await func(*args, **kwds)
        return run_inside


# ---------------------------------------------------------------------------
# @contextmanager and @asynccontextmanager


class _FromGenerator:
    # State shared by both flavours: the factory and its arguments (kept so
    # that a decorator use can build a new generator for every call).

    def __init__(self, factory, args, kwds):
        self.gen = factory(*args, **kwds)
        self.func, self.args, self.kwds = factory, args, kwds
        # instances show the generator function's docstring, if it has one
        self.__doc__ = getattr(factory, '__doc__', None) or type(self).__doc__

    def _fresh_copy(self):
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Once entered, the manager cannot be recreated any more.
        del self.args, self.kwds, self.func

    def _verdict(self, sent, raised, traceback):
        # What the exit method returns once throwing `sent` into the
        # generator raised `raised`: True = suppress, False = let `sent`
        # propagate (with the block's traceback), None = the caller
        # re-raises `raised`.
        if isinstance(raised, self._finished):
            # the generator ended: suppress, unless that is the very
            # StopIteration we sent
            return raised is not sent
        if raised is not sent and not (
                isinstance(raised, RuntimeError) and raised.__cause__ is sent
                and isinstance(sent, (StopIteration, StopAsyncIteration))):
            return None
        # our own exception came back, or the generator runtime wrapped our
        # StopIteration: report the original
        sent.__traceback__ = traceback
        return False


class _GeneratorContextManager(_FromGenerator, AbstractContextManager, ContextDecorator):
    _finished = StopIteration

    def __enter__(self):
        self._forget_recipe()
        for first in self.gen:
            return first
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # a clean exit must find the generator finished; one that goes on
            # is closed at once (its finally blocks run now, not at collection)
            for extra in self.gen:
                self.gen.close()
                raise RuntimeError("generator didn't stop")
            return False
        value = typ() if value is None else value
        try:
            self.gen.throw(value)
        except BaseException as err:
            verdict = self._verdict(value, err, traceback)
            if verdict is None:
                raise
            return verdict
        self.gen.close()
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_FromGenerator, AbstractAsyncContextManager, AsyncContextDecorator):
    _finished = StopAsyncIteration

    async def __aenter__(self):
        self._forget_recipe()
        async for first in self.gen:
            return first
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for extra in self.gen:
                await self.gen.aclose()
                raise RuntimeError("generator didn't stop")
            return False
        value = typ() if value is None else value
        try:
            await self.gen.athrow(value)
        except BaseException as err:
            verdict = self._verdict(value, err, traceback)
            if verdict is None:
                raise
            return verdict
        await self.gen.aclose()
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager factory."""
    @wraps(func)
    def factory(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return factory


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async generator flavour of @contextmanager."""
    @wraps(func)
    def factory(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return factory


# ---------------------------------------------------------------------------
# Small managers


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends; the block gets thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the async block ends; the block gets thing."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class _StreamSwap(AbstractContextManager):
    # Replaces sys.<_which> for the block; re-entrant, so earlier values
    # are kept on a list.
    _which = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._which))
        setattr(sys, self._which, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._which, self._saved.pop())


class redirect_stdout(_StreamSwap):
    _which = 'stdout'


class redirect_stderr(_StreamSwap):
    _which = 'stderr'


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __exit__(self, kind, exc, tb):
        return kind is not None and issubclass(kind, self._kinds)

    def __enter__(self):
        return None


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    async def __aenter__(self):
        return self.enter_result

    def __enter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        return None

    def __exit__(self, *exc):
        return None


class chdir(AbstractContextManager):
    """Switches the working directory for the block (process-wide, so not thread-safe)."""

    def __init__(self, path):
        self._previous = []
        self.path = path

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._previous.pop())


# ---------------------------------------------------------------------------
# ExitStack and AsyncExitStack


def _protocol_error(cm, what):
    cls = type(cm)
    return TypeError("'%s.%s' object does not support the %scontext manager protocol"
                     % (cls.__module__, cls.__qualname__, what))


def _attach_context(new, old, outer):
    # `new` was raised by an exit callback while `old` (None once swallowed)
    # was pending. Follow new's context chain: if it reaches `outer`, the
    # exception handled around the whole stack, splice `old` in its place,
    # as nested with statements would have chained them. A chain that ends
    # or meets `old` first is already right.
    if new is old:
        return
    node = new
    while True:
        nxt = node.__context__
        if nxt is None or nxt is old:
            return
        if nxt is outer:
            break
        node = nxt
    node.__context__ = old


def _raise_keeping_context(exc):
    saved = exc.__context__
    try:
        raise exc
    finally:
        exc.__context__ = saved


class _StackBase:
    # Entries are (is_async, callable) pairs; the callables take the three
    # exception details and return a true value to swallow the exception.

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        fresh = type(self)()
        fresh._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return fresh

    def _push_exit(self, exit, is_async):
        # An exit callable, or an object whose class has the exit method.
        method = getattr(type(exit), '__aexit__' if is_async else '__exit__', None)
        self._exit_callbacks.append((is_async, exit if method is None else _bound(method, exit)))
        return exit

    def push(self, exit):
        return self._push_exit(exit, False)

    def enter_context(self, cm):
        opener, closer = _protocol_methods(cm, '__enter__', '__exit__', '')
        value = opener(cm)
        self._exit_callbacks.append((False, _bound(closer, cm)))
        return value

    def callback(self, callback, /, *args, **kwds):
        def call_ignoring_exc(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append((False, call_ignoring_exc))
        return callback


def _protocol_methods(cm, opener, closer, what):
    # The class's two methods of a context manager protocol.
    kind = type(cm)
    try:
        return getattr(kind, opener), getattr(kind, closer)
    except AttributeError:
        raise _protocol_error(cm, what) from None


class _Unwinding:
    # The state of one exit of a stack, run newest callback first as nested
    # with statements would: each sees the exception still pending, an
    # exception one raises replaces it (chained as nesting would chain
    # it), and a true result swallows it.

    def __init__(self, details):
        self.details = details
        self.had_exc = details[0] is not None
        self.outer = sys.exc_info()[1]
        self.current = details[1]
        self.swallowed = False
        self.failure = None

    def swallow(self):
        self.swallowed = True
        self.failure = self.current = None
        self.details = (None, None, None)

    def fail(self, err):
        _attach_context(err, self.current, self.outer)
        self.failure = self.current = err
        self.details = (type(err), err, err.__traceback__)

    def finish(self):
        if self.failure is not None:
            _raise_keeping_context(self.failure)
        return self.had_exc and self.swallowed


def _bound(method, obj):
    def exit_of(exc_type, exc, tb):
        return method(obj, exc_type, exc, tb)
    exit_of.__self__ = obj
    return exit_of


class ExitStack(_StackBase, AbstractContextManager):

    def close(self):
        """Run and forget every registered exit callback now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *details):
        run = _Unwinding(details)
        while self._exit_callbacks:
            is_async, fn = self._exit_callbacks.pop()
            assert not is_async
            try:
                if fn(*run.details):
                    run.swallow()
            except BaseException as err:
                run.fail(err)
        return run.finish()


class AsyncExitStack(_StackBase, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks."""

    async def enter_async_context(self, cm):
        opener, closer = _protocol_methods(cm, '__aenter__', '__aexit__', 'asynchronous ')
        value = await opener(cm)
        self._exit_callbacks.append((True, _bound(closer, cm)))
        return value

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method signature."""
        return self._push_exit(exit, True)

    def push_async_callback(self, callback, /, *args, **kwds):
        async def call_ignoring_exc(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append((True, call_ignoring_exc))
        return callback

    async def __aenter__(self):
        return self

    async def aclose(self):
        """Run and forget every registered exit callback now."""
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *details):
        run = _Unwinding(details)
        while self._exit_callbacks:
            is_async, fn = self._exit_callbacks.pop()
            try:
                result = fn(*run.details)
                if is_async:
                    result = await result
                if result:
                    run.swallow()
            except BaseException as err:
                run.fail(err)
        return run.finish()
