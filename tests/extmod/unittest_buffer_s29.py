# `-m unittest -b` (buffer): what a test, its setUp/tearDown or a class
# fixture prints is kept back, and shown (after the test's mark and in its
# report, as Stdout:/Stderr: sections) only when it fails or errs. -b was
# accepted and ignored. Run as a child process of this interpreter.
import os
import shutil
import subprocess
import sys
import tempfile

TEST = '''
import sys
import unittest


class T(unittest.TestCase):
    def setUp(self):
        print('in setUp')

    def test_pass(self):
        print('noise from a passing test')

    def test_fail(self):
        print('out before failing')
        sys.stderr.write('err before failing')
        self.fail('boom')

    def test_error(self):
        print('out before error')
        raise KeyError('k')

    def test_skip(self):
        print('noise before a skip')
        self.skipTest('not now')

    def tearDown(self):
        print('in tearDown')


class U(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('class setup output')
        raise ValueError('class setup fails')

    def test_x(self):
        pass
'''

d = tempfile.mkdtemp()
with open(os.path.join(d, 'test_buffered_s29.py'), 'w') as f:
    f.write(TEST)
for args in (['-b'], ['-b', '-v'], []):
    p = subprocess.run([sys.executable, '-m', 'unittest'] + args + ['test_buffered_s29'], cwd=d,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print('--- unittest', ' '.join(args), '-> exit', p.returncode)
    for line in p.stdout.decode().replace(d, '<tmp>').splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        print(line)
shutil.rmtree(d)
