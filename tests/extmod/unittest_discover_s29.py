# `-m unittest`: discovery (no arguments, `discover` with -s/-p/-t or
# positional start/pattern), dotted names, test-file paths and -k, each run
# as a child process of this interpreter; the report on stderr and the exit
# status are compared (paths and timings normalised). It used to import the
# module and exit 0 having run nothing: a silent pass for a CI job.
import os
import subprocess
import sys
import tempfile

FILES = {
    'tests/__init__.py': '',
    'tests/test_alpha.py': '''
import unittest

class Alpha(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertIn(3, [1, 2])

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    def test_error(self):
        raise ValueError('boom')
''',
    'tests/test_beta.py': '''
import unittest

class Beta(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass
''',
    'tests/helper.py': 'raise RuntimeError("not a test file: never imported")\n',
    'tests/sub/__init__.py': '',
    'tests/sub/test_gamma.py': '''
import unittest

class Gamma(unittest.TestCase):
    def test_deep(self):
        pass
''',
    'tests/notpkg/test_hidden.py': 'raise RuntimeError("not in a package: never imported")\n',
    'tests/test_broken.py': 'import no_such_module_s29\n',
    'more/alpha_check.py': '''
import unittest

class Check(unittest.TestCase):
    def test_c(self):
        pass
''',
}

root = tempfile.mkdtemp()
for name, text in FILES.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def normalise(text):
    out = []
    dropping = False
    for line in text.replace(root, '<root>').splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        stripped = line.strip()
        # Interpreter internals differ (frames of the import machinery and
        # caret lines); the test's own frames and the messages are kept.
        if stripped.startswith('File "') and '<root>' not in stripped:
            dropping = True
            continue
        if dropping and line.startswith('    '):
            continue  # (the source line of a dropped frame)
        dropping = False
        if stripped and set(stripped) <= set('^~'):
            continue
        out.append(line)
    return out


def run(*args):
    p = subprocess.run([sys.executable, '-m', 'unittest'] + list(args), cwd=root,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    print('--- unittest', ' '.join(args), '-> exit', p.returncode)
    lines = normalise(p.stderr.decode())
    # The import failure's traceback goes through importlib in CPython:
    # keep only its first and last lines.
    keep = []
    skipping = False
    for line in lines:
        if line.startswith('ImportError: Failed to import test module'):
            keep.append(line)
            skipping = True
            continue
        if skipping:
            if line.startswith('ModuleNotFoundError'):
                keep.append(line)
                skipping = False
            continue
        keep.append(line)
    for line in keep:
        print(line)
    print(p.stdout.decode(), end='')


run('discover', '-s', 'tests', '-v')
run('-v')
run()
run('discover', '-s', 'tests', '-p', 'test_b*.py')
run('discover', 'more', '*_check.py')
run('-v', 'tests.test_beta')
run('tests.test_beta.Beta.test_two')
run('-v', 'tests/test_alpha.py', '-k', 'ok')
run('-k', 'two', '-v')
run('discover', '-s', 'nowhere')
# Names that cannot be loaded become failing tests, as CPython's loader.
run('no_such_module_s29')
run('tests.test_alpha.Alpha.no_such_test')
run('tests.no_such_module')

for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for f in filenames:
        os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
