# os.makedirs (exist_ok, mode, '.' parts, errors) and os.removedirs.
import os

d = '/tmp/os_makedirs_s3i_%d' % os.getpid()
os.makedirs(d + '/a/b/c')
print(os.path.isdir(d + '/a/b/c'))
os.makedirs(d + '/a/b/c', exist_ok=True)
try:
    os.makedirs(d + '/a/b/c')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == d + '/a/b/c')
os.makedirs(d + '/n/./m')
print(os.path.isdir(d + '/n/m'))
os.makedirs(d + '/t/')
print(os.path.isdir(d + '/t'))
os.makedirs(d + '/u/.')
print(os.path.isdir(d + '/u'))
os.makedirs((d + '/bb/cc').encode())
print(os.path.isdir(d + '/bb/cc'))
os.makedirs(d + '/m1/m2', 0o700)
print(oct(os.stat(d + '/m1/m2').st_mode & 0o777))
with open(d + '/file', 'w') as f:
    f.write('x')
for args in [(d + '/file',), (d + '/file/sub',)]:
    try:
        os.makedirs(*args, exist_ok=True)
    except OSError as e:
        print(type(e).__name__, e.errno)
os.remove(d + '/file')

with open(d + '/a/keep', 'w') as f:
    f.write('x')
os.removedirs(d + '/a/b/c')
print(os.path.isdir(d + '/a/b'), os.path.isdir(d + '/a'))
os.remove(d + '/a/keep')
os.rmdir(d + '/a')
for p in ('n/m', 't', 'u', 'bb/cc', 'm1/m2'):
    os.removedirs(d + '/' + p)
print(os.path.exists(d))
try:
    os.removedirs(d + '/zz')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == d + '/zz')
