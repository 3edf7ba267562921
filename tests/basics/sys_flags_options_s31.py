# sys.flags shows the command-line options that set it (-O, -OO, -B, -s,
# -S, -v), as CPython's does.
import subprocess
import sys

code = 'import sys; f = sys.flags; print(f.optimize, f.no_user_site, f.no_site, f.verbose, __debug__)'
for opts in [[], ['-O'], ['-OO'], ['-sS'], ['-s'], ['-S'], ['-v']]:
    r = subprocess.run([sys.executable] + opts + ['-c', code], capture_output=True)
    print(opts, r.returncode, r.stdout)
r = subprocess.run([sys.executable, '-B', '-c', 'import sys; print(sys.flags.dont_write_bytecode)'],
                   capture_output=True)
print(r.stdout)
