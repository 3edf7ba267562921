# asyncio.log: the logger CPython's asyncio package names `asyncio`, for code
# that configures or silences it. Apart from asyncio's own import, so that
# `import asyncio` does not load logging.
import logging

logger = logging.getLogger('asyncio')
