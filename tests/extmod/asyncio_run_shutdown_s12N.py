# asyncio.run() shutdown, as CPython 3.11: leftover tasks are cancelled and
# an error one raises while cancelled goes to the loop's exception handler;
# debug= reaches the loop; the policy's set_event_loop() sees the loop and
# then None. (Closing suspended async generators is not checked: there are
# no sys.set_asyncgen_hooks here, shutdown_asyncgens() has nothing to close.)
import asyncio


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        1 / 0


async def main():
    loop = asyncio.get_running_loop()
    print('debug', loop.get_debug())
    loop.set_exception_handler(lambda l, ctx: print('handler:', ctx['message'], type(ctx['exception']).__name__))
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return 'ok'


print(asyncio.run(main(), debug=True))


class Policy(asyncio.DefaultEventLoopPolicy):
    def set_event_loop(self, loop):
        print('set_event_loop', loop is None)
        super().set_event_loop(loop)


asyncio.set_event_loop_policy(Policy())


async def nothing():
    return asyncio.get_running_loop().get_debug()


print(asyncio.run(nothing()))
asyncio.set_event_loop_policy(None)
