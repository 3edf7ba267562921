# -W options (warning control), run as child processes of this interpreter:
# actions and their prefixes, message/category/module/lineno fields,
# several options (the last one first), and CPython's "Invalid -W option
# ignored" reports, given at start-up even when nothing warns.
import subprocess
import sys

PROGRAM = '''
import sys, warnings
print(sys.warnoptions)
print([f[:1] + f[2:3] + f[4:] for f in warnings.filters[:3]])
warnings.warn("hello", UserWarning)
warnings.warn("dep", DeprecationWarning)
print("end")
'''

OPTIONS = [
    [], ['-W', 'error'], ['-Wignore'], ['-W', 'ignore::UserWarning'], ['-W', 'error:hel'],
    ['-W', 'error:HEL'], ['-W', 'always::DeprecationWarning'], ['-W', 'a::Warning'],
    ['-W', 'bogus'], ['-W', '::NoSuchWarning'], ['-W', '::int'], ['-W', 'a:b:c:d:e:f'],
    ['-W', 'ignore:::__main__'], ['-W', 'error:::other'], ['-W', 'ignore:::__main__:x'],
    ['-W', 'ignore:::__main__:-1'], ['-W', 'ignore::warnings.NoSuch'],
    ['-W', 'ignore::no_such_module_s29.X'], ['-W', 'd', '-W', 'e'], ['-W', 'e', '-W', 'i'],
    ['-W', ' ignore : : UserWarning '],
]
for opts in OPTIONS:
    p = subprocess.run([sys.executable] + opts + ['-c', PROGRAM],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print('---', opts, 'exit', p.returncode)
    for line in p.stdout.decode().splitlines():
        # (Only the traceback's last line: the frames are the interpreter's.)
        if not line.startswith(' ') and not line.startswith('Traceback'):
            print(line)

p = subprocess.run([sys.executable, '-W', 'bogus', '-c', 'print("ran")'],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout, p.stderr)
