# A traceback or warning carrying a lone surrogate reaches stderr as CPython
# writes it there (errors='backslashreplace'), not as invalid UTF-8.
import subprocess
import sys

code = ("import warnings, sys\n"
        "warnings.warn('w\\udc80')\n"
        "sys.stderr.buffer.write(b'raw\\xed\\xa0\\x80\\n'); sys.stderr.flush()\n"
        "raise ValueError('a\\udc80b\\u20ac\\ud7ff\\udfff')\n")
r = subprocess.run([sys.executable, '-c', code], capture_output=True)
lines = r.stderr.splitlines()
print(r.returncode)
print(lines[0].split(b':', 2)[-1])
print(lines[1])
print(lines[-1])
