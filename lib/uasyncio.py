# uasyncio: the name older MicroPython scripts import; everything lives in
# the asyncio module and is re-exported here unchanged.
from asyncio import *
from asyncio import __all__
