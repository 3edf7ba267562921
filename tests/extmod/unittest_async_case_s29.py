# IsolatedAsyncioTestCase as CPython 3.11's: async cleanups
# (addAsyncCleanup, awaited, last first), enterAsyncContext, the runner's
# loop current during setUp, tasks left running cancelled when the test
# ends, debug(), a failing cleanup outside run(), contextvars set in
# asyncSetUp seen by the test. It had no addAsyncCleanup/enterAsyncContext
# and ran cleanups without awaiting them.
import asyncio
import contextvars
import unittest

events = []
var = contextvars.ContextVar('var', default='unset')


class Resource:
    async def __aenter__(self):
        events.append('aenter')
        return 'resource'

    async def __aexit__(self, *exc):
        events.append('aexit %r' % (exc,))


class Case(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp loop is current: %s' % (asyncio.get_event_loop() is self._asyncioRunner.get_loop()))

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        var.set('from asyncSetUp')
        self.addAsyncCleanup(self.cleanup, 'async 1')
        self.addCleanup(events.append, 'sync 2')
        self.addAsyncCleanup(self.cleanup, 'async 3')

    async def cleanup(self, what):
        await asyncio.sleep(0)
        events.append('cleanup ' + what)

    async def test_ok(self):
        events.append('test sees ' + var.get())
        value = await self.enterAsyncContext(Resource())
        events.append('entered ' + value)

    async def test_hanging(self):
        async def forever():
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                events.append('hanging task cancelled')
                raise
        asyncio.ensure_future(forever())
        await asyncio.sleep(0)

    async def test_fails(self):
        self.assertEqual(1, 2)

    async def test_bad_context(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))

    def tearDown(self):
        events.append('tearDown')

    async def asyncTearDown(self):
        events.append('asyncTearDown')


for name in ['test_ok', 'test_hanging', 'test_fails', 'test_bad_context']:
    events.clear()
    result = unittest.TestResult()
    Case(name).run(result)
    print(name, result.testsRun, len(result.failures), len(result.errors))
    for e in events:
        print('  ', e)

# debug(): no result; the cleanups are run, then the runner closed.
events.clear()
case = Case('test_ok')
case.debug()
print('debug', events)


class Failing(unittest.IsolatedAsyncioTestCase):
    async def test_it(self):
        self.addAsyncCleanup(self.bad)

    async def bad(self):
        raise ValueError('cleanup failed')


case = Failing('test_it')
try:
    case.debug()
except ValueError as e:
    print('debug raised', e)
case._tearDownAsyncioRunner()
print('doCleanups outside run:', case.doCleanups())
