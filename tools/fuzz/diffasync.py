#!/usr/bin/env python3
# Differential asyncio fuzzer: writes seeded random asyncio PROGRAMS and
# compares the event order they print under ./micropython (lib/asyncio) and
# CPython 3.11. Each case is one asyncio.run() of a random composition of
# tasks; an exception escaping it prints "E TypeName" and ends only that case.
#
#   tools/fuzz/diffasync.py [--seed N] [--count N] [--cases N] [--binary PATH]
#                           [--only GEN,...] [--messages] [--keep DIR] [--no-min]
#
# Order never depends on the machine's speed: tasks interleave by sleep(0)
# steps, and timed waits use delays at least 0.05 s apart (0.05, 0.1, 0.15),
# or one timed side against a never-ending wait. Threads (to_thread,
# run_in_executor) only return results, never race with the loop's output.
# Streams run over loopback on a port the OS picks. Reprs are printed with
# addresses masked; exceptions as their class name (with --messages also the
# text); ExceptionGroups as the sorted names they hold.
#
# Generators: task (create_task/ensure_future, cancel with messages through
# nested awaits and try/finally, Task methods, done callbacks, names),
# gather, wait, waitfor (wait_for, timeout, timeout_at), shield, tgroup
# (TaskGroup errors and sibling cancellation), ascomp (as_completed), fut
# (Future results, exceptions, callbacks, InvalidStateError), lock (Event,
# Lock, Semaphore, BoundedSemaphore, Condition), queue (Queue, PriorityQueue,
# LifoQueue, task_done/join, QueueFull/QueueEmpty), loop (call_soon,
# call_later, call_at, run_until_complete, asyncio.run leftovers), agen
# (async generators, aclose, async with/for), stream (start_server,
# open_connection, readline/readexactly/readuntil, IncompleteReadError),
# thread (to_thread, run_in_executor).
#
# Not generated, on purpose: MicroPython extras (sleep_ms, ThreadSafeFlag);
# an async generator dropped unfinished (CPython closes it when its refcount
# drops, we at the end of asyncio.run(), so cases aclose() it); coroutines
# given to as_completed() (CPython makes their tasks in set, i.e. id, order);
# a wait_for() cancelled just as its inner ends (3.11 returns the inner
# outcome, 3.12 and we raise CancelledError). A differing case is run alone to confirm
# it, shrunk line by line while it still differs, and printed.

import argparse
import os
import random
import sys

import diffexpr  # the shared run helper (this folder is on sys.path)

CPYTHON = diffexpr.CPYTHON
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PRELUDE = r'''
import asyncio, sys
MSG = %r
def en(e):
    if isinstance(e, BaseExceptionGroup):
        return type(e).__name__ + str(sorted(en(x) for x in e.exceptions))
    if MSG and e.args:
        return '%%s(%%s)' %% (type(e).__name__, ', '.join(repr(a) for a in e.args if not isinstance(a, BaseException)))
    return type(e).__name__
def show(*a):
    out = []
    for x in a:
        s = x if isinstance(x, str) else repr(x)
        while ' at 0x' in s:
            i = s.index(' at 0x') + 4
            s = s[:i] + s[i:].lstrip('0123456789abcdefx')
        out.append(s[:200])
    print(*out)
def _case(n, src):
    print('#', n)
    g = {'__name__': 'case', 'asyncio': asyncio, 'show': show, 'en': en}
    try:
        exec(src, g)
        asyncio.run(g['main']())
    except BaseException as e:
        print('E', en(e))
'''

# Helpers every case can call: a worker that sleeps k zero-steps then returns
# or raises, logging its own cancellation and cleanup.
HELPERS = r'''
async def w(name, k, fail=None, t=0):
    try:
        for i in range(k):
            await asyncio.sleep(0)
        if t:
            await asyncio.sleep(t)
        if fail:
            raise fail(name)
        show(name, 'ret')
        return name
    except asyncio.CancelledError as e:
        show(name, 'cancelled', e.args)
        raise
    finally:
        show(name, 'fin')
async def forever(name):
    try:
        await asyncio.Event().wait()
    finally:
        show(name, 'fin')
def st(t):
    if not t.done():
        return 'pending'
    if t.cancelled():
        return 'cancelled'
    e = t.exception()
    return 'exc ' + en(e) if e is not None else 'res %r' % (t.result(),)
'''

EXC = ["ValueError", "KeyError", "RuntimeError", "None", "None"]
DELAYS = ["0.05", "0.1", "0.15"]


def fail(r):
    return r.choice(EXC)


def work(r, name, timed=False, never=False):
    # A call of w() or (where something ends it) forever() as source text.
    if never and r.random() < 0.15:
        return "forever(%r)" % name
    t = r.choice(DELAYS) if timed and r.random() < 0.5 else "0"
    return "w(%r, %d, %s, %s)" % (name, r.randrange(4), fail(r), t)


def g_task(r):
    L = ["async def main():", "    ts = []"]
    n, never = r.randrange(1, 4), []
    for i in range(n):
        mk = r.choice(["asyncio.create_task(%s)", "asyncio.ensure_future(%s)",
            "asyncio.get_running_loop().create_task(%s)", "asyncio.create_task(%s, name='n%d')" % ("%s", i)])
        wk = work(r, "t%d" % i, False, True)
        never.append(wk.startswith("forever"))
        L.append("    t = " + mk % wk)
        L.append("    ts.append(t)")
        if r.random() < 0.5:
            L.append("    t.add_done_callback(lambda f, i=%d: show('cb', i, st(f)))" % i)
    for _ in range(r.randrange(1, 5)):
        op = r.randrange(9)
        i = r.randrange(n)
        if op == 0:
            L.append("    await asyncio.sleep(0)")
        elif op == 1:
            L.append("    show('cancel', ts[%d].cancel(%s))" % (i, r.choice(["", "'m%d'" % i, "msg='k'"])))
        elif op == 2:
            L.append("    show('st', %d, st(ts[%d]), ts[%d].done(), ts[%d].cancelled())" % (i, i, i, i))
        elif op == 3:
            L.append("    try:\n        show('res', ts[%d].result())\n    except BaseException as e:\n        show('res E', en(e))" % i)
        elif op == 4:
            L.append("    try:\n        show('exc', ts[%d].exception())\n    except BaseException as e:\n        show('exc E', en(e))" % i)
        elif op == 5 and not never[i]:
            L.append("    try:\n        show('aw', await ts[%d])\n    except BaseException as e:\n        show('aw E', en(e))" % i)
        elif op == 6:
            L.append("    ts[%d].set_name(%s); show('name', ts[%d].get_name())" % (i, r.choice(["'x'", "5", "None"]), i))
        elif op == 7:
            L.append("    show('coro', type(ts[%d].get_coro()).__name__, ts[%d].get_coro().__name__)" % (i, i))
        else:
            L.append("    show('cur', asyncio.current_task() is not None, len(asyncio.all_tasks()))")
    L.append("    for t in ts:\n        if not t.done(): t.cancel()")
    L.append("    for t in ts:\n        try:\n            await t\n        except BaseException as e:\n            pass\n        show('end', st(t))")
    return "\n".join(L)


def g_nested(r):
    # CancelledError through nested awaits, with try/finally and swallowing.
    depth = r.randrange(1, 4)
    L = []
    for d in range(depth):
        L.append("async def f%d():" % d)
        L.append("    try:")
        inner = "await f%d()" % (d + 1) if d + 1 < depth else r.choice(["await asyncio.sleep(1)", "await asyncio.Event().wait()", "await asyncio.sleep(0); await asyncio.sleep(1)"])
        L.append("        show('f%d', 'in'); r = %s" % (d, inner) if not inner.startswith("await asyncio.sleep(0);") else "        show('f%d', 'in'); %s" % (d, inner))
        L.append("        return %d" % d)
        h = r.randrange(4)
        if h == 0:
            L.append("    except asyncio.CancelledError as e:\n        show('f%d', 'C', e.args)\n        raise" % d)
        elif h == 1:
            L.append("    except asyncio.CancelledError as e:\n        show('f%d', 'swallow', e.args)\n        return 'sw%d'" % (d, d))
        elif h == 2:
            L.append("    except asyncio.CancelledError:\n        show('f%d', 'C2')\n        raise ValueError(%d)" % (d, d))
        L.append("    finally:\n        show('f%d', 'fin')" % d)
    L.append("async def main():")
    L.append("    t = asyncio.create_task(f0())")
    for _ in range(r.randrange(0, 3)):
        L.append("    await asyncio.sleep(0)")
    L.append("    show('c', t.cancel(%s))" % r.choice(["", "'why'"]))
    if r.random() < 0.4:
        L.append("    show('c2', t.cancel('again'))")
    if r.random() < 0.3:
        L.append("    show('cing', t.cancelling())")
    L.append("    try:\n        show('got', await t)\n    except BaseException as e:\n        show('E', en(e), e.args)")
    L.append("    show(st(t))")
    return "\n".join(L)


def g_gather(r):
    n = r.randrange(0, 4)
    args = ", ".join(work(r, "g%d" % i) for i in range(n))
    L = ["async def main():"]
    re = r.choice(["", ", return_exceptions=True"])
    L.append("    g = asyncio.gather(%s%s)" % (args, re))
    for _ in range(r.randrange(3)):
        L.append("    await asyncio.sleep(0)")
    if r.random() < 0.3:
        L.append("    show('gc', g.cancel(%s))" % r.choice(["", "'gm'"]))
    L.append("    try:\n        show('gather', [x if not isinstance(x, BaseException) else en(x) for x in await g])\n    except BaseException as e:\n        show('gather E', en(e))")
    L.append("    await asyncio.sleep(0)")
    L.append("    show('g', st(g))")
    return "\n".join(L)


def g_wait(r):
    n = r.randrange(1, 4)
    L = ["async def main():"]
    rw = r.choice(["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"])
    to = r.choice(["None", "0.075", "0.125", "0"])
    L.append("    ts = [%s]" % ", ".join("asyncio.create_task(%s)" % work(r, "w%d" % i, True, to != "None") for i in range(n)))
    L.append("    d, p = await asyncio.wait(ts, timeout=%s, return_when=asyncio.%s)" % (to, rw))
    L.append("    show('done', sorted(ts.index(t) for t in d), 'pend', sorted(ts.index(t) for t in p))")
    L.append("    show([st(t) for t in ts])")
    L.append("    for t in ts: t in p and t.cancel()")
    L.append("    await asyncio.sleep(0)")
    L.append("    show([st(t) for t in ts])")
    return "\n".join(L)


def g_waitfor(r):
    L = ["async def main():"]
    kind = r.randrange(4)
    to = r.choice(["0.075", "0.125", "0", "None", "-1"])
    inner = work(r, "in", True, to != "None")
    if kind == 0:
        L.append("    try:\n        show('wf', await asyncio.wait_for(%s, %s))\n    except BaseException as e:\n        show('wf E', en(e))" % (inner, to))
    elif kind == 1:
        L.append("    try:\n        async with asyncio.timeout(%s) as cm:\n            show('tm', cm.expired())\n            show('aw', await %s)\n        show('exp', cm.expired())\n    except BaseException as e:\n        show('to E', en(e))" % (to, inner))
        L.append("    show('after', cm.expired(), cm.when() is None)")
    elif kind == 2:
        L.append("    loop = asyncio.get_running_loop()")
        L.append("    try:\n        async with asyncio.timeout_at(loop.time() + %s) as cm:\n            show('aw', await %s)\n            cm.reschedule(%s)\n            show('aw2', await %s)\n    except BaseException as e:\n        show('toa E', en(e))" % (
            r.choice(["0.075", "0.125", "-1"]), inner, r.choice(["None", "loop.time() + 0.075", "loop.time() - 1"]), work(r, "in2", True)))
        L.append("    show('after', cm.expired())")
    else:
        # The outer task is cancelled while in wait_for. The inner waits
        # long: CPython 3.11's wait_for() returns the inner outcome when the
        # cancel meets an inner that has just ended (fixed in 3.12, which
        # raises CancelledError as we do), a known difference.
        inner = r.choice(["forever('in')", "w('in', %d, %s, 0.1)" % (r.randrange(3), fail(r))])
        L.append("    async def o():\n        try:\n            return await asyncio.wait_for(%s, %s)\n        except BaseException as e:\n            show('o E', en(e)); raise" % (inner, to))
        L.append("    t = asyncio.create_task(o())")
        for _ in range(r.randrange(3)):
            L.append("    await asyncio.sleep(0)")
        L.append("    t.cancel(%s)" % r.choice(["", "'oc'"]))
        L.append("    try:\n        show('t', await t)\n    except BaseException as e:\n        show('t E', en(e))")
    return "\n".join(L)


def g_shield(r):
    L = ["async def main():"]
    L.append("    inner = asyncio.create_task(%s)" % work(r, "sh"))
    L.append("    async def o():\n        try:\n            return await asyncio.shield(inner)\n        except BaseException as e:\n            show('o E', en(e)); raise")
    L.append("    t = asyncio.create_task(o())")
    for _ in range(r.randrange(3)):
        L.append("    await asyncio.sleep(0)")
    if r.random() < 0.7:
        L.append("    t.cancel()")
    if r.random() < 0.3:
        L.append("    inner.cancel()")
    L.append("    try:\n        show('t', await t)\n    except BaseException as e:\n        show('t E', en(e))")
    L.append("    try:\n        show('inner', await inner)\n    except BaseException as e:\n        show('inner E', en(e))")
    L.append("    show(st(t), st(inner))")
    return "\n".join(L)


def g_tgroup(r):
    n = r.randrange(0, 4)
    L = ["async def main():", "    ts = []"]
    body = ["        async with asyncio.TaskGroup() as tg:"]
    x = r.randrange(5)
    for i in range(n):
        body.append("            ts.append(tg.create_task(%s))" % work(r, "tg%d" % i, False, x in (0, 3)))
    if x == 0:
        body.append("            raise ValueError('body')")
    elif x == 1:
        body.append("            await asyncio.sleep(0); ts[0].cancel() if ts else None")
    elif x == 2:
        body.append("            await asyncio.sleep(0)")
    elif x == 3:
        body.append("            asyncio.current_task().cancel()")
    body.append("            show('body end')")
    L.append("    try:")
    L.extend(body)
    L.append("        show('tg ok')")
    L.append("    except BaseException as e:\n        show('tg E', en(e))")
    L.append("    show([st(t) for t in ts])")
    if r.random() < 0.3:
        L.append("    async with asyncio.TaskGroup() as tg:\n        t = tg.create_task(w('late', 1))\n    show(t.result())")
    return "\n".join(L)


def g_ascomp(r):
    n = r.randrange(1, 4)
    L = ["async def main():"]
    # Tasks, not coroutines: CPython makes their tasks in set (id) order.
    L.append("    aws = [%s]" % ", ".join("asyncio.create_task(%s)" % work(r, "a%d" % i, True) for i in range(n)))
    L.append("    try:\n        for f in asyncio.as_completed(aws, timeout=%s):\n            try:\n                show('ac', await f)\n            except Exception as e:\n                show('ac E', en(e))\n    except BaseException as e:\n        show('E', en(e))" % r.choice(["None", "0.075", "1"]))
    L.append("    await asyncio.sleep(0.2)")
    return "\n".join(L)


def g_fut(r):
    L = ["async def main():", "    loop = asyncio.get_running_loop()", "    f = loop.create_future()"]
    for i in range(r.randrange(3)):
        L.append("    f.add_done_callback(lambda f, i=%d: show('cb', i, st(f)))" % i)
    if r.random() < 0.3:
        L.append("    def cbx(f): show('cbx')\n    f.add_done_callback(cbx); show('rm', f.remove_done_callback(cbx))")
    for _ in range(r.randrange(1, 5)):
        op = r.randrange(7)
        if op == 0:
            L.append("    try:\n        f.set_result(%d); show('set')\n    except BaseException as e:\n        show('set E', en(e))" % r.randrange(9))
        elif op == 1:
            L.append("    try:\n        f.set_exception(%s); show('setx')\n    except BaseException as e:\n        show('setx E', en(e))" % r.choice(["ValueError('v')", "KeyError", "StopIteration()", "asyncio.CancelledError()", "3"]))
        elif op == 2:
            L.append("    show('fc', f.cancel(%s))" % r.choice(["", "'fm'"]))
        elif op == 3:
            L.append("    try:\n        show('r', f.result())\n    except BaseException as e:\n        show('r E', en(e))")
        elif op == 4:
            L.append("    try:\n        show('x', f.exception())\n    except BaseException as e:\n        show('x E', en(e))")
        elif op == 5:
            L.append("    await asyncio.sleep(0)")
        else:
            L.append("    show('st', f.done(), f.cancelled())")
    L.append("    loop.call_soon(lambda: f.done() or f.set_result('late'))")
    L.append("    try:\n        show('aw', await f)\n    except BaseException as e:\n        show('aw E', en(e))")
    return "\n".join(L)


def g_lock(r):
    kind = r.choice(["Lock()", "Semaphore(%d)" % r.randrange(0, 3), "BoundedSemaphore(%d)" % r.randrange(1, 3), "Event()", "Condition()"])
    L = ["async def main():", "    p = asyncio.%s" % kind, "    ts = []"]
    if kind.startswith("Event"):
        L.append("    async def u(i):\n        show('u', i, 'wait'); show('u', i, await p.wait())")
        L.append("    ts = [asyncio.create_task(u(i)) for i in range(%d)]" % r.randrange(1, 4))
        for _ in range(r.randrange(1, 5)):
            L.append("    " + r.choice(["await asyncio.sleep(0)", "p.set()", "p.clear()", "show('is', p.is_set())", "ts[0].cancel()"]))
    elif kind.startswith("Condition"):
        L.append("    async def u(i):\n        async with p:\n            show('u', i, 'in'); await p.wait(); show('u', i, 'woke', p.locked())")
        L.append("    ts = [asyncio.create_task(u(i)) for i in range(%d)]" % r.randrange(1, 4))
        for _ in range(r.randrange(1, 5)):
            L.append("    " + r.choice(["await asyncio.sleep(0)", "async with p: p.notify(%d)" % r.randrange(3), "async with p: p.notify_all()",
                "try:\n        p.notify()\n    except BaseException as e:\n        show('nf E', en(e))", "ts[0].cancel()"]))
    else:
        L.append("    async def u(i):\n        async with p:\n            show('u', i, 'in', p.locked()); await asyncio.sleep(0); show('u', i, 'out')")
        L.append("    async def v(i):\n        show('v', i, await p.acquire()); await asyncio.sleep(0); p.release(); show('v', i, 'rel')")
        L.append("    ts = [asyncio.create_task(%s(i)) for i in range(%d)]" % (r.choice("uv"), r.randrange(1, 4)))
        for _ in range(r.randrange(1, 5)):
            L.append("    " + r.choice(["await asyncio.sleep(0)", "show('locked', p.locked())", "ts[-1].cancel()",
                "try:\n        p.release(); show('rel')\n    except BaseException as e:\n        show('rel E', en(e))"]))
    L.append("    for _ in range(6): await asyncio.sleep(0)")
    L.append("    show([st(t) for t in ts])")
    L.append("    for t in ts: t.cancel()")
    return "\n".join(L)


def g_queue(r):
    kind = r.choice(["Queue", "PriorityQueue", "LifoQueue"])
    L = ["async def main():", "    q = asyncio.%s(%d)" % (kind, r.randrange(0, 3))]
    L.append("    async def cons(i):\n        while True:\n            x = await q.get(); show('got', i, x); await asyncio.sleep(0); q.task_done()")
    L.append("    async def prod(i):\n        for x in %r:\n            await q.put(x); show('put', i, x)" % ([r.randrange(9) for _ in range(r.randrange(4))],))
    L.append("    ts = []")
    for _ in range(r.randrange(2, 7)):
        op = r.randrange(8)
        if op == 0:
            L.append("    ts.append(asyncio.create_task(cons(%d)))" % len(L))
        elif op == 1:
            L.append("    ts.append(asyncio.create_task(prod(%d)))" % len(L))
        elif op == 2:
            L.append("    try:\n        q.put_nowait(%d); show('pn')\n    except BaseException as e:\n        show('pn E', en(e))" % r.randrange(9))
        elif op == 3:
            L.append("    try:\n        show('gn', q.get_nowait())\n    except BaseException as e:\n        show('gn E', en(e))")
        elif op == 4:
            L.append("    show('q', q.qsize(), q.empty(), q.full(), q.maxsize)")
        elif op == 5:
            L.append("    try:\n        q.task_done(); show('td')\n    except BaseException as e:\n        show('td E', en(e))")
        elif op == 6:
            L.append("    try:\n        await asyncio.wait_for(q.join(), 0.1); show('joined')\n    except BaseException as e:\n        show('join E', en(e))")
        else:
            L.append("    await asyncio.sleep(0)")
    L.append("    for _ in range(5): await asyncio.sleep(0)")
    L.append("    show('q', q.qsize())")
    L.append("    for t in ts: t.cancel()")
    return "\n".join(L)


def g_loop(r):
    L = ["async def main():", "    loop = asyncio.get_running_loop()", "    hs = []"]
    for i in range(r.randrange(1, 6)):
        k = r.randrange(4)
        if k == 0:
            L.append("    hs.append(loop.call_soon(show, 'soon', %d))" % i)
        elif k == 1:
            L.append("    hs.append(loop.call_later(%s, show, 'later', %d))" % (r.choice(["0", "0.05", "0.1", "-1"]), i))
        elif k == 2:
            L.append("    hs.append(loop.call_at(loop.time() + %s, show, 'at', %d))" % (r.choice(["0.05", "0.1", "-1"]), i))
        else:
            L.append("    hs.append(loop.call_soon(lambda: 1/0 if False else show('lam', %d)))" % i)
        if r.random() < 0.2:
            L.append("    hs[-1].cancel(); show('hc', hs[-1].cancelled())")
    if r.random() < 0.5:
        L.append("    asyncio.create_task(w('left', 1))")
    if r.random() < 0.3:
        L.append("    asyncio.create_task(forever('leftf'))")
    L.append("    show('main sleeps')")
    L.append("    await asyncio.sleep(%s)" % r.choice(["0", "0.2"]))
    L.append("    show('main end')")
    return "\n".join(L)


def g_agen(r):
    n = r.randrange(4)
    L = ["async def ag():", "    try:"]
    L.append("        for i in range(%d):\n            await asyncio.sleep(0)\n            show('y', i)\n            x = yield i\n            if x: show('sent', x)" % n)
    if r.random() < 0.3:
        L.append("        raise ValueError('ag')")
    L.append("    except GeneratorExit:\n        show('ag exit'); %s" % r.choice(["raise", "pass", "await asyncio.sleep(0); raise"]))
    L.append("    finally:\n        show('ag fin')")
    L.append("class CM:\n    async def __aenter__(self):\n        await asyncio.sleep(0); show('enter'); return 'cm'\n    async def __aexit__(self, t, v, tb):\n        show('exit', t and t.__name__); return %s" % r.choice(["False", "True"]))
    L.append("async def main():")
    k = r.randrange(4)
    if k == 0:
        # A generator left unfinished is closed explicitly: CPython finalises
        # it when its refcount drops, we only at the end of asyncio.run().
        L.append("    g = ag()\n    try:\n        async for x in g:\n            show('x', x)\n            %s\n    except BaseException as e:\n        show('E', en(e))\n    show('cl', await g.aclose())" % r.choice(["pass", "break", "if x == 1: raise KeyError(x)"]))
    elif k == 1:
        L.append("    g = ag()\n    try:\n        show('n', await g.__anext__())\n        show('s', await g.asend(%s))\n        show('c', await g.aclose())\n        show('n2', await g.__anext__())\n    except BaseException as e:\n        show('E', en(e))" % r.choice(["None", "'v'"]))
    elif k == 2:
        L.append("    g = ag()\n    try:\n        show('n', await anext(g, 'dflt'))\n        show('t', await g.athrow(%s))\n    except BaseException as e:\n        show('E', en(e))\n    show('cl', await g.aclose())" % r.choice(["ValueError", "GeneratorExit", "KeyError('k')"]))
    else:
        L.append("    try:\n        async with CM() as c:\n            show('in', c)\n            %s\n        show('after')\n    except BaseException as e:\n        show('E', en(e))" % r.choice(["pass", "raise ValueError(1)", "await asyncio.sleep(0)"]))
        L.append("    show([x async for x in ag()])")
    return "\n".join(L)


def g_stream(r):
    L = ["async def main():"]
    data = r.choice([b"ab\ncd\n", b"hello", b"x\n\ny", b"", b"abcabc--end", b"line\r\nz"])
    # The server half-closes after its data, so the client's reads end; it
    # then reads what the client sent until the client closes.
    # main waits for the handler's end (fin), not a race with the loop's end.
    L.append("    fin = asyncio.get_running_loop().create_future()")
    L.append("    async def h(rd, wr):\n        try:\n            wr.write(%r)\n            await wr.drain()\n            wr.write_eof()\n            show('srv', await rd.read())\n            wr.close()\n            await wr.wait_closed()\n        except Exception as e:\n            show('srv E', en(e))\n        finally:\n            fin.set_result(1)" % (data,))
    L.append("    srv = await asyncio.start_server(h, '127.0.0.1', 0)")
    L.append("    port = srv.sockets[0].getsockname()[1]")
    L.append("    rd, wr = await asyncio.open_connection('127.0.0.1', port)")
    for _ in range(r.randrange(1, 5)):
        op = r.choice(["readline()", "readexactly(%d)" % r.randrange(0, 6), "readuntil(%r)" % r.choice([b"\n", b"--", b"c"]),
            "read(%d)" % r.choice([-1, 0, 2, 100]), "at_eof()"])
        if op == "at_eof()":
            L.append("    show('eof', rd.at_eof())")
        else:
            L.append("    try:\n        show(%r, await rd.%s)\n    except BaseException as e:\n        show(%r, en(e), getattr(e, 'partial', None), getattr(e, 'expected', None))" % (op, op, op + " E"))
    if r.random() < 0.5:
        L.append("    wr.write(b'bye'); await wr.drain()")
    L.append("    wr.close()\n    await wr.wait_closed()\n    show('closing', wr.is_closing())")
    L.append("    await fin\n    srv.close()\n    await srv.wait_closed()")
    return "\n".join(L)


def g_thread(r):
    L = ["import time", "def blk(x):\n    if x == 3: raise ValueError(x)\n    return x * 2", "async def main():", "    loop = asyncio.get_running_loop()"]
    for i in range(r.randrange(1, 4)):
        x = r.randrange(5)
        if r.random() < 0.5:
            L.append("    try:\n        show('tt', await asyncio.to_thread(blk, %d))\n    except Exception as e:\n        show('tt E', en(e))" % x)
        else:
            L.append("    try:\n        show('ex', await loop.run_in_executor(None, blk, %d))\n    except Exception as e:\n        show('ex E', en(e))" % x)
    if r.random() < 0.5:
        L.append("    show('g', await asyncio.gather(*[asyncio.to_thread(blk, i) for i in (1, 2)]))")
    return "\n".join(L)


GENS = {"task": g_task, "nested": g_nested, "gather": g_gather, "wait": g_wait, "waitfor": g_waitfor,
    "shield": g_shield, "tgroup": g_tgroup, "ascomp": g_ascomp, "fut": g_fut, "lock": g_lock, "queue": g_queue,
    "loop": g_loop, "agen": g_agen, "stream": g_stream, "thread": g_thread}
WEIGHTS = {"task": 3, "nested": 2, "waitfor": 2, "tgroup": 2}


def run(binary, src, timeout=60):
    return diffexpr.run(binary, src, timeout, ok=(0, 1))


def program(cases, messages):
    return PRELUDE % messages + "".join("_case(%d, %r)\n" % (i, HELPERS + c) for i, c in enumerate(cases))


def split_cases(out):
    res, cur = {}, None
    for line in out.splitlines():
        if line.startswith("# ") and line[2:].isdigit():
            cur = int(line[2:])
            res[cur] = []
        elif cur is not None:
            res[cur].append(line)
    return res


def differs(binary, case, messages, timeout=20):
    src = program([case], messages)
    a, b = run(binary, src, timeout), run(CPYTHON, src, timeout)
    bad = a != b and not any(w in a + b for w in ("SyntaxError", "IndentationError", "<timeout>"))
    return bad, a, b


def shrink(binary, case, messages):
    # Drops lines while the case still differs; the helpers stay whole.
    lines = case.split("\n")
    changed = True
    while changed:
        changed = False
        for i in range(len(lines) - 1, -1, -1):
            if "fin = " in lines[i] or "await fin" in lines[i]:
                continue  # the stream case's end, not a race
            trial = lines[:i] + lines[i + 1:]
            if trial and differs(binary, "\n".join(trial), messages, 10)[0]:
                lines = trial
                changed = True
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=10, help="programs to run")
    ap.add_argument("--cases", type=int, default=40, help="cases per program")
    ap.add_argument("--binary", default=os.path.join(REPO, "micropython"))
    ap.add_argument("--only", default="")
    ap.add_argument("--messages", action="store_true")
    ap.add_argument("--keep", default="")
    ap.add_argument("--no-min", action="store_true")
    a = ap.parse_args()
    names = a.only.split(",") if a.only else list(GENS)
    pool = [n for n in names for _ in range(WEIGHTS.get(n, 1))]
    seen, n_bad = set(), 0
    for p in range(a.count):
        rnd = random.Random(a.seed * 100003 + p)
        cases = [GENS[rnd.choice(pool)](rnd) for _ in range(a.cases)]
        src = program(cases, a.messages)
        if a.keep:
            with open(os.path.join(a.keep, "async_%d_%d.py" % (a.seed, p)), "w") as f:
                f.write(src)
        o_out, t_out = run(a.binary, src), run(CPYTHON, src)
        if "<timeout>" in o_out + t_out:
            print("=== program %d timed out (%s)" % (p, "micropython" if "<timeout>" in o_out else "cpython"))
            n_bad += 1
        ours, theirs = split_cases(o_out), split_cases(t_out)
        for i, case in enumerate(cases):
            if ours.get(i) == theirs.get(i):
                continue
            bad, o, t = differs(a.binary, case, a.messages)
            if not bad:
                continue
            small = case if a.no_min else shrink(a.binary, case, a.messages)
            if small in seen:
                continue
            seen.add(small)
            n_bad += 1
            bad, o, t = differs(a.binary, small, a.messages)
            print("=== mismatch (seed %d, program %d, case %d)" % (a.seed, p, i))
            print(small)
            print("--- micropython\n" + o.split("\n", 1)[-1].rstrip())
            print("--- cpython\n" + t.split("\n", 1)[-1].rstrip())
            sys.stdout.flush()
    print("%d programs, %d mismatches" % (a.count, n_bad))
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main())
