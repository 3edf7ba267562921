# shutil.move() of a directory into itself is shutil.Error (it copied the
# tree into itself until the recursion limit); a move onto the same
# directory returns None as CPython's. (Found by tools/fuzz/diffio.py.)
import os
import shutil
import tempfile

D = tempfile.mkdtemp()
cwd = os.getcwd()
os.chdir(D)
os.makedirs('d/f')
with open('d/e', 'w') as f:
    f.write('e')
with open('big', 'w') as f:
    f.write('b')
for src, dst in (('d', 'd/f'), ('d/', 'd/f/g'), ('.', 'big'), ('.', 'd/f/g'), ('d/', 'd'), ('d', 'd')):
    try:
        print(src, dst, shutil.move(src, dst))
    except shutil.Error as e:
        print(src, dst, 'Error', str(e).replace(D, '$T'))
print(sorted((a, sorted(b), sorted(c)) for a, b, c in os.walk('.')))
print(shutil.move('d/', 'x'), sorted(os.listdir('.')), sorted(os.listdir('x')))
os.chdir(cwd)
shutil.rmtree(D)
print(os.path.exists(D))
