# A Popen dropped before its child ended leaves no zombie: the child is reaped
# once the object is collected and another Popen is made (CPython's _cleanup).
import gc
import os
import subprocess
import time

for i in range(3):
    subprocess.Popen(['true'])
time.sleep(0.2)
gc.collect()
subprocess.Popen(['true']).wait()
try:
    print(os.waitpid(-1, os.WNOHANG))
except ChildProcessError:
    print('no children left')
