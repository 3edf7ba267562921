# unittest assertLogs / assertNoLogs (lib/unittest.py over lib/logging.py).
import logging, unittest, io
class L(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
            logging.getLogger('foo').debug('hidden')
        print(cm.output, [r.getMessage() for r in cm.records])
    def test_root(self):
        with self.assertLogs() as cm:
            logging.warning('root %d', 5)
        print(cm.output)
    def test_none(self):
        with self.assertLogs('quiet'):
            pass
    def test_nologs(self):
        with self.assertNoLogs('foo'):
            logging.getLogger('foo').warning('oops')
    def test_nologs_ok(self):
        with self.assertNoLogs('foo', logging.ERROR):
            logging.getLogger('foo').warning('below level')
out = io.StringIO()
r = unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(L))
for t, text in r.failures:
    print(t, text.strip().split('\n')[-1])
print(r.testsRun, len(r.failures), len(r.errors))
print(logging.getLogger('foo').handlers, logging.getLogger('foo').propagate)
