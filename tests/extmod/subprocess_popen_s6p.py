# subprocess.Popen: pipes in text mode, communicate with a timeout, descriptors
# passed or closed, errors; and os.popen. Shell tools only.
import subprocess, os
# text mode stdout reading, line iteration
p = subprocess.Popen(['printf', 'l1\\nl2\\n'], stdout=subprocess.PIPE, text=True)
print([l for l in p.stdout]); p.wait(); p.stdout.close()
p = subprocess.Popen('cat', shell=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('hello\n'); p.stdin.close()
print(p.stdout.read()); p.stdout.close(); print(p.wait())
# communicate with timeout then continue
p = subprocess.Popen(['sh', '-c', 'echo early; sleep 0.5; echo late'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('timeout', e.timeout, e.output in (None, b'early\n'))
print(p.communicate())
print(p.returncode)
try: p.communicate(b'x')
except ValueError as e: print(e)
# pass_fds
r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', 'echo via >&%d' % w], pass_fds=[w])
p.wait(); os.close(w); print(os.read(r, 100)); os.close(r)
# close_fds: inheritable fd not passed
r, w = os.pipe(); os.set_inheritable(w, True)
p = subprocess.run(['sh', '-c', 'echo x >&%d 2>/dev/null || echo closed' % w], capture_output=True)
print(p.stdout)
p = subprocess.run(['sh', '-c', 'echo x >&%d 2>/dev/null && echo open' % w], capture_output=True, close_fds=False)
print(p.stdout); os.close(w); os.close(r)
# start_new_session
p = subprocess.run(['sh', '-c', 'ps -o sid= -p $$ 2>/dev/null || echo nops'], capture_output=True, start_new_session=True)
print(p.returncode)
print(subprocess.run(['sh','-c','kill -PIPE $$'], capture_output=True).returncode)
print(subprocess.run('exit 0', shell=True, executable='/bin/sh').returncode)
print(subprocess.run(['ignored', '-c', 'echo $0'], executable='/bin/sh', capture_output=True).stdout)
print(subprocess.run([b'echo', b'bytes'], capture_output=True).stdout)
print(repr(subprocess.Popen(['true'])).startswith('<Popen: returncode: None args:'))
print(repr(subprocess.Popen(['echo'] + ['x'*10]*10, stdout=subprocess.DEVNULL)))
try: subprocess.run(['echo', 1])
except TypeError as e: print(e)
try: subprocess.run(['/etc'])
except PermissionError as e: print(type(e), e)
print(subprocess.run('echo $((6*7))', shell=True, stdout=subprocess.PIPE, universal_newlines=True))
print(subprocess.check_output(['echo', 'x'], stderr=subprocess.STDOUT, input=None))
try: subprocess.check_output(['echo'], stdout=1)
except ValueError as e: print(e)
try: subprocess.run(['true'], input=b'', stdin=0)
except ValueError as e: print(e)
try: subprocess.run(['true'], capture_output=True, stdout=1)
except ValueError as e: print(e)
e = subprocess.CalledProcessError(1, 'c', b'o', b'e'); print(e.stdout, e.output, e.stderr, str(e))
print(str(subprocess.CalledProcessError(-9, ['a'])), str(subprocess.CalledProcessError(-200, 'x')))
print(str(subprocess.TimeoutExpired('c', 5)), subprocess.TimeoutExpired('c', 1, b'o').stdout)
cp = subprocess.CompletedProcess('a', 2)
try: cp.check_returncode()
except subprocess.CalledProcessError as e: print(e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
with os.popen('cat', 'w') as f: pass
for bad in [(1,), ('x', 'rb'), ('x', 'r', 0)]:
    try: os.popen(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
