# mkdir/listdir/rename/remove/rmdir/stat/chdir/getcwd on a scratch directory
import os

d = 'os_files.py.tmp-test'
os.mkdir(d)
with open(d + '/a.txt', 'w') as f:
    f.write('hello')
os.mkdir(d + '/sub')
print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())))
st = os.stat(d + '/a.txt')
print(len(st), st[6], st[0] & 0o170000 == 0o100000, os.stat(d)[0] & 0o170000 == 0o040000, st[8] > 1.6e9)
os.rename(d + '/a.txt', d + '/b.txt')
print(sorted(os.listdir(d)))
cwd = os.getcwd()
os.chdir(d)
print(sorted(os.listdir()), sorted(os.listdir('.')), os.getcwd() == cwd + '/' + d)
os.chdir('..')
print(os.getcwd() == cwd)
os.remove(d + '/b.txt')
os.rmdir(d + '/sub')
print(os.listdir(d))
os.rmdir(d)
print(d in os.listdir())
