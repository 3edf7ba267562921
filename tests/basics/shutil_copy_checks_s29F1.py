# shutil.copy() into a directory names the copy by os.path.basename(src) as
# CPython ('d/' copies to the directory itself, not a file 'd'); copyfile()
# looks at both paths (os.stat) before opening either, so a bad dst type or
# an embedded NUL is its TypeError/ValueError; a dst 'x/' that does not exist
# is FileNotFoundError (Linux says EISDIR). (Found by tools/fuzz/diffio.py.)
import os
import shutil
import tempfile

D = tempfile.mkdtemp()
cwd = os.getcwd()
os.chdir(D)
os.makedirs('d/f')
with open('big', 'w') as f:
    f.write('b')
for a in (('d/', '.'), ('big', None), ('nope', None), ('big', 'a\x00b'), ('big', 'd/'), ('big', 'd'), ('big', 'big'),
          ('nope', 'd'), ('big', 'nope/'), ('big', 'd/f/')):
    for fn in (shutil.copyfile, shutil.copy):
        try:
            print(fn.__name__, a, fn(*a))
        except Exception as e:
            print(fn.__name__, a, type(e).__name__, getattr(e, 'errno', None))
print(sorted(os.listdir('.')), sorted(os.listdir('d')))
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.SameFileError, shutil.Error))
os.chdir(cwd)
shutil.rmtree(D)
print(os.path.exists(D))
