# `-m json.tool` (check and pretty-print JSON, a common step in shell
# scripts and CI jobs): options, errors and exit statuses, run as child
# processes of this interpreter.
import os
import subprocess
import sys
import tempfile


d = tempfile.mkdtemp()


def run(args, data=b''):
    p = subprocess.run([sys.executable, '-m', 'json.tool'] + args, input=data,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    print('--- json.tool', ' '.join(args).replace(d, '<tmp>'), '-> exit', p.returncode)
    print(p.stdout.decode(), end='')
    print(p.stderr.decode(), end='')


doc = '{"b": 1, "a": [1, 2.5, {"\u00e9": null, "t": true}], "c": "x"}'.encode()
run([], doc)
run(['--sort-keys'], doc)
run(['--indent', '2'], doc)
run(['--tab'], b'[1, [2]]')
run(['--no-indent'], doc)
run(['--compact', '--sort-keys'], doc)
run(['--no-ensure-ascii'], doc)
run(['--json-lines', '--compact'], b'{"a": 1}\n[2, 3]\n"s"\n')
run([], b'{"b": 1')
run([], b'')
run(['--json-lines'], b'1\n{bad\n')
run(['--tab', '--compact'], b'1')
run(['--indent', 'x'], b'1')
run(['--bogus'], b'1')

src = os.path.join(d, 'in.json')
dst = os.path.join(d, 'out.json')
with open(src, 'wb') as f:
    f.write(b'{"k": [true, false]}')
run([src, dst])
with open(dst) as f:
    print(repr(f.read()))
# A bad input leaves the output file as it was.
with open(src, 'wb') as f:
    f.write(b'{"k": ')
run([src, dst])
with open(dst) as f:
    print(repr(f.read()))
os.remove(src)
os.remove(dst)
os.rmdir(d)
