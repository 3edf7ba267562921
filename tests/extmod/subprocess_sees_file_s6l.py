# A child process sees what the program wrote to a file it dropped without
# closing (CPython closes it at once by reference counting; here buffered
# output is written before every fork).
import os
import subprocess
import tempfile

fd, p = tempfile.mkstemp()
os.close(fd)
open(p, 'w').write('six\n')
print(subprocess.run(['cat', p], capture_output=True).stdout)
with open(p, 'a') as f:
    f.write('seven\n')
print(subprocess.check_output(['wc', '-l', p]).split()[0])
os.remove(p)
