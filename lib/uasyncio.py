# uasyncio: the name older MicroPython scripts import; everything lives in
# the asyncio module and is re-exported here unchanged.
from asyncio import *
from asyncio import __all__
# (and MicroPython's submodules, which some code reaches into: core._io_queue)
from asyncio import core, event, funcs, lock, stream
