# `-m unittest -c` (catchbreak): a first Ctrl-C lets the current test finish,
# stops the run and reports what ran; a second one is the usual
# KeyboardInterrupt. Without -c a Ctrl-C ends the run at once. (installHandler
# & co. were empty stubs.) Child processes of this interpreter; the SIGINTs
# are sent by the tests themselves.
import os
import shutil
import subprocess
import sys
import tempfile

TEST = '''
import os
import signal
import unittest


class T(unittest.TestCase):
    def test_1_interrupted(self):
        os.kill(os.getpid(), signal.SIGINT)
        print('test 1 goes on after the first Ctrl-C', flush=True)

    def test_2_not_run(self):
        print('test 2 ran', flush=True)


class U(unittest.TestCase):
    def test_3_twice(self):
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGINT)
        print('not reached', flush=True)
'''

d = tempfile.mkdtemp()
with open(os.path.join(d, 'test_break_s29.py'), 'w') as f:
    f.write(TEST)
for args in (['-c', 'test_break_s29.T'], ['-c', '-v', 'test_break_s29.U'], ['test_break_s29.T']):
    p = subprocess.run([sys.executable, '-m', 'unittest'] + args, cwd=d,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    print('--- unittest', ' '.join(args), '-> exit', p.returncode)
    print(p.stdout.decode(), end='')
    for line in p.stderr.decode().splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        # (the frames of a KeyboardInterrupt's traceback are the interpreter's)
        if not line.startswith(' ') and not line.startswith('Traceback'):
            print(line)
shutil.rmtree(d)
