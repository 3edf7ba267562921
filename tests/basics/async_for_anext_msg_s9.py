# The TypeError of async for when __aiter__ returns something without __anext__ (3.11 text).
import asyncio
class A:
    def __aiter__(self): return 1
class B:
    def __aiter__(self): return self
async def main():
    for o in (A(), B()):
        try:
            async for x in o: pass
        except TypeError as e: print(e)
    try:
        async for x in 5: pass
    except TypeError as e: print(e)
asyncio.run(main())
