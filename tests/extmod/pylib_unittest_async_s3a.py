# unittest.IsolatedAsyncioTestCase (lib/unittest.py, driving lib/asyncio.py):
# async fixtures and test methods run on a fresh event loop per test.
import asyncio
import io
import unittest

log = []


class AsyncCase(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append('setUp')

    async def asyncSetUp(self):
        self.value = await asyncio.sleep(0, result=5)
        log.append('asyncSetUp')

    async def asyncTearDown(self):
        await asyncio.sleep(0)
        log.append('asyncTearDown')

    def tearDown(self):
        log.append('tearDown')

    async def test_awaits(self):
        task = asyncio.create_task(asyncio.sleep(0, result=7))
        self.assertEqual(await task + self.value, 12)

    async def test_fails(self):
        self.assertEqual(self.value, 6)

    def test_plain(self):
        self.assertTrue(self.value)


out = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(AsyncCase)
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors),
      [str(t) for t, _ in result.failures])
print(log)
lines = [l for l in out.getvalue().split('\n') if l.endswith(('ok', 'FAIL', 'ERROR'))]
print(lines)
