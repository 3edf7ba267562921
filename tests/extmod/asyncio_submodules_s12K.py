# asyncio's submodules, as CPython's package (and MicroPython's) has them:
# importable under every spelling, each a module named asyncio.<name> whose
# names are the very objects of asyncio.
import asyncio
import asyncio.events
import sys
from asyncio import tasks, futures, base_events, exceptions, locks, queues
from asyncio import protocols, transports, streams, runners, timeouts, taskgroups
from asyncio import coroutines, threads
from asyncio.locks import Lock
from asyncio.exceptions import CancelledError
import asyncio.log

print(asyncio.events.__name__, tasks.__name__, type(tasks).__name__)
print(asyncio.events.get_event_loop is asyncio.get_event_loop)
print(tasks.Task is asyncio.Task, tasks.gather is asyncio.gather, tasks.sleep is asyncio.sleep)
print(futures.Future is asyncio.Future, futures.isfuture is asyncio.isfuture)
print(Lock is asyncio.Lock, CancelledError is asyncio.CancelledError)
print(exceptions.TimeoutError is asyncio.TimeoutError, queues.Queue is asyncio.Queue)
print(protocols.Protocol is asyncio.Protocol, transports.Transport is asyncio.Transport)
print(streams.open_connection is asyncio.open_connection, runners.run is asyncio.run)
print(runners.Runner is asyncio.Runner, timeouts.timeout is asyncio.timeout)
print(taskgroups.TaskGroup is asyncio.TaskGroup, coroutines.iscoroutine is asyncio.iscoroutine)
print(threads.to_thread is asyncio.to_thread, locks.Barrier is asyncio.Barrier)
print(base_events.BaseEventLoop is asyncio.BaseEventLoop, base_events.Server is asyncio.Server)
print(sys.modules['asyncio.tasks'] is tasks, asyncio.tasks is tasks)
print(asyncio.log.logger.name)
print(asyncio._get_running_loop())


async def main():
    return asyncio._get_running_loop() is asyncio.get_running_loop()


print(asyncio.run(main()))
loop = asyncio.SelectorEventLoop()
print(isinstance(loop, asyncio.AbstractEventLoop))
loop.close()
try:
    from asyncio import no_such_submodule
except ImportError as e:
    print('ImportError')
