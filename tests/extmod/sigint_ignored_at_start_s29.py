# A process started with SIGINT ignored (a shell script's background job,
# nohup) keeps ignoring it, as CPython: signal.getsignal() says SIG_IGN and
# a Ctrl-C does not raise KeyboardInterrupt. (It used to install its
# KeyboardInterrupt handler whatever it inherited.) A child of this
# interpreter, started through sh with `trap "" INT`.
import subprocess
import sys

CODE = '''
import os, signal, time
print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(0.05)
print('survived the SIGINT')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
except KeyboardInterrupt:
    print('KeyboardInterrupt once a handler is set')
'''
p = subprocess.run(['sh', '-c', 'trap "" INT; exec "$0" -c "$1"', sys.executable, CODE],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.returncode, p.stdout.decode(), p.stderr.decode())
