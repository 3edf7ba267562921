# Each asyncio task runs in its own contextvars context: a copy of its
# creator's, or the one given to create_task(context=...) (also TaskGroup's).
import asyncio
import contextvars

cvar = contextvars.ContextVar('cvar', default='unset')


async def setter(val):
    await asyncio.sleep(0)
    cvar.set(val)
    await asyncio.sleep(0)
    return cvar.get()


async def main():
    cvar.set('main')
    t = asyncio.create_task(setter('task'))
    print(await t, cvar.get())
    ctx = contextvars.copy_context()
    print(ctx.get(cvar))
    print(await asyncio.create_task(setter(1), context=ctx), ctx.get(cvar), cvar.get())
    async with asyncio.TaskGroup() as g:
        t2 = g.create_task(setter(2), context=ctx)
    print(t2.result(), ctx.get(cvar), cvar.get())
    # a task sees what its creator had set when it was made
    cvar.set('before')
    t3 = asyncio.create_task(setter('x'))
    cvar.set('after')
    print(await t3, cvar.get())

asyncio.run(main())
print(cvar.get())


# Runner with a loop_factory making a loop of another kind: close() only
# calls the loop's own methods.
class OtherLoop:
    def run_until_complete(self, coro):
        print('run_until_complete', coro.__qualname__)
        coro.close()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def close(self):
        print('close')


loop = OtherLoop()
with asyncio.Runner(loop_factory=lambda: loop) as r:
    print(r.get_loop() is loop)
