# subprocess.run and the helpers built on it, with shell tools only.
import subprocess

print(subprocess.run(['echo', 'hi'], capture_output=True))
print(subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True, capture_output=True, text=True))
print(subprocess.check_output(['cat'], input=b'abc'))
print(subprocess.check_output('cat', input='x\r\ny', text=True, shell=True))
print(subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.getstatusoutput('echo a; exit 2'))
print(subprocess.getoutput('echo  b'))
try:
    subprocess.run(['nonexistent_prog_zz_s6p'])
except FileNotFoundError as e:
    print('FNF', e)
try:
    subprocess.run(['true'], cwd='/nonexistent_dir_s6p')
except FileNotFoundError as e:
    print('FNF', e)
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run('kill -9 $$', shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print('timeout', e.timeout, e.stdout)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'x' * 200000)[0].count(b'x'), p.returncode)
p = subprocess.Popen(['sleep', '5'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait(), p.poll())
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar'}, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['pwd'], cwd='/', stdout=subprocess.PIPE).stdout)
print(subprocess.run(['sh', '-c', 'echo e >&2'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.CompletedProcess(['a'], 0), subprocess.CompletedProcess('a', 1, 'o', b'e'))
f = __import__('os').popen('echo popen; echo 2')
print(f.read())
print(f.close())
print(__import__('os').popen('exit 3').close())
