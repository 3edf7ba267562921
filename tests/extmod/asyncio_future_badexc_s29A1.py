# Future.set_exception() refuses what is not an exception at once.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    for bad in (3, 'x', int):
        try:
            f.set_exception(bad)
        except TypeError:
            print('TypeError', f.done())
    f.set_exception(KeyError)
    print(type(f.exception()).__name__)


asyncio.run(main())
