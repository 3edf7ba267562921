# importlib.metadata: version(), distribution() and metadata() read from a
# *.dist-info/METADATA file in a directory on sys.path.
import sys, os, tempfile, shutil
import importlib.metadata as md
d = tempfile.mkdtemp()
di = os.path.join(d, 'My_Pkg-1.2.3.dist-info')
os.mkdir(di)
with open(os.path.join(di, 'METADATA'), 'w') as f:
    f.write('Metadata-Version: 2.1\nName: my-pkg\nVersion: 1.2.3\nSummary: a test\nRequires-Dist: foo>=1\nRequires-Dist: bar\n\nLong description.\n')
sys.path.insert(0, d)
print(md.version('my-pkg'), md.version('My_Pkg'), md.version('my.pkg'))
dist = md.distribution('my_pkg')
print(dist.version, dist.metadata['Name'], dist.metadata['Summary'], dist.metadata['Missing'])
print(dist.requires, 'Summary' in dist.metadata, dist.read_text('nope'))
print(md.metadata('my-pkg').get_all('Requires-Dist'), md.requires('my-pkg'))
try:
    md.version('not-installed-xyz')
except md.PackageNotFoundError as e:
    print(type(e).__name__, e.name, str(e), isinstance(e, ModuleNotFoundError))
try:
    md.distribution('')
except ValueError as e:
    print('ValueError', e)
sys.path.remove(d)
shutil.rmtree(d)
