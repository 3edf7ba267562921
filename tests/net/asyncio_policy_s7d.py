# Event loop policies (CPython's test suites call set_event_loop_policy(None)
# in tearDown): the default policy, a subclass, resetting with None.
import asyncio
p = asyncio.get_event_loop_policy()
print(type(p).__name__ != '', p is asyncio.get_event_loop_policy())
loop = p.new_event_loop()
p.set_event_loop(loop)
print(p.get_event_loop() is loop, asyncio.get_event_loop() is loop)
async def f():
    return asyncio.get_running_loop() is loop
print(loop.run_until_complete(f()))
loop.close()
asyncio.set_event_loop_policy(None)
p2 = asyncio.get_event_loop_policy()
print(p2 is not None)
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print('TypeError')
class MyPolicy(asyncio.DefaultEventLoopPolicy):
    pass
mp = MyPolicy()
asyncio.set_event_loop_policy(mp)
print(asyncio.get_event_loop_policy() is mp)
l2 = mp.new_event_loop()
mp.set_event_loop(l2)
print(mp.get_event_loop() is l2)
l2.close()
asyncio.set_event_loop_policy(None)
print(asyncio.run(asyncio.sleep(0, 'run ok')))
print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
