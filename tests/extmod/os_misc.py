# urandom, getpid, system
import os

r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), len(os.urandom(1000)), os.urandom(16) != r)
print(os.getpid() > 0, os.getpid() == os.getpid())
print(os.system('exit 0'), os.system('exit 3'))
try:
    os.urandom(-1)
except ValueError:
    print('ValueError')
