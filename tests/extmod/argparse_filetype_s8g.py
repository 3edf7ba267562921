# argparse.FileType passes mode, buffering, encoding and errors on to open().
import argparse, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')
with open(path, 'wb') as f:
    f.write(b'abc\xc3\xa9\n')

p = argparse.ArgumentParser()
p.add_argument('--raw', type=argparse.FileType('rb', 0))
p.add_argument('--text', type=argparse.FileType('r', encoding='utf-8', errors='replace'))
p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
ns = p.parse_args(['--raw', path, '--text', path, '--out', path + '2'])
print(ns.raw.read(), repr(ns.text.read()))
ns.out.write('x\u00e9')
for f in (ns.raw, ns.text, ns.out):
    f.close()
with open(path + '2', 'rb') as f:
    print(f.read())
print(repr(argparse.FileType('rb', 0)), repr(argparse.FileType('w', encoding='utf-8', errors='strict')))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
