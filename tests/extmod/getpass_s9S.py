# getpass.getuser(): the first non-empty of LOGNAME, USER, LNAME, USERNAME,
# else the password database. (getpass() itself needs a terminal.)
import getpass
import os

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
names = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')
saved = {k: os.environ.pop(k, None) for k in names}
os.environ['USERNAME'] = 'u4'
print(getpass.getuser())
os.environ['LNAME'] = 'u3'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['LOGNAME'] = 'u1'
print(getpass.getuser())
for k in names:
    del os.environ[k]
u = getpass.getuser()
print(type(u), len(u) > 0, u == getpass.getuser())
for k, v in saved.items():
    if v is not None:
        os.environ[k] = v
