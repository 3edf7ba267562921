# sys.path[0] as CPython sets it, so that a program's own modules are found
# and their __file__ (shown in tracebacks) is absolute: a script's folder,
# absolute with links resolved (a linked script imports the modules next
# to the real file); a directory run as a program, absolute; `-m`, the
# current directory, absolute; `-c`, ''. Child processes of this
# interpreter, temp paths normalised. (The main script's own __file__ is
# not printed: it is the path as given here, as MicroPython has it;
# CPython makes it absolute.)
import os
import subprocess
import sys
import tempfile

root = os.path.realpath(tempfile.mkdtemp())
real = os.path.join(root, 'real')
links = os.path.join(root, 'links')
app = os.path.join(root, 'app')
for d in (real, links, app):
    os.mkdir(d)
SHOW = 'import sys, helper_s29; print(sys.path[0], helper_s29.__file__)\n'
with open(os.path.join(real, 'main_s29.py'), 'w') as f:
    f.write(SHOW)
with open(os.path.join(real, 'helper_s29.py'), 'w') as f:
    f.write('')
with open(os.path.join(app, '__main__.py'), 'w') as f:
    f.write(SHOW)
with open(os.path.join(app, 'helper_s29.py'), 'w') as f:
    f.write('')
os.symlink(os.path.join(real, 'main_s29.py'), os.path.join(links, 'main_s29.py'))


def run(args, cwd):
    p = subprocess.run([sys.executable] + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print(str(args).replace(root, '<root>'), 'in', cwd.replace(root, '<root>') or '/', '->', p.stdout.decode().replace(root, '<root>').strip())


run(['real/main_s29.py'], root)
run(['main_s29.py'], real)
run(['links/main_s29.py'], root)
run(['main_s29.py'], links)
run([os.path.join(links, 'main_s29.py')], '/')
run(['app'], root)
run(['-m', 'main_s29'], real)
run(['-c', 'import sys; print(repr(sys.path[0]))'], real)
# A script read through /dev/stdin from a pipe has no real path: its folder
# as given (CPython follows one link: /proc/self/fd), absolute, a directory.
p = subprocess.run([sys.executable, '/dev/stdin'], cwd=real, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                   input=b'import os, sys; print(os.path.isabs(sys.path[0]), os.path.isdir(sys.path[0]))')
print('/dev/stdin ->', p.stdout.decode().strip())

for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for name in filenames + dirnames:
        path = os.path.join(dirpath, name)
        if os.path.islink(path) or not os.path.isdir(path):
            os.remove(path)
        else:
            os.rmdir(path)
os.rmdir(root)
