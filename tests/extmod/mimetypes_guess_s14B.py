# mimetypes: guessing types and extensions, suffix and encoding maps, data:
# URLs, add_type/init, a MimeTypes of its own read from a mime.types file.
# Only types in both built-in tables are checked: the system files that
# init() reads by default are the same for CPython and for us.
import io
import os
import tempfile
import mimetypes as mt

for name in ('index.html', 'INDEX.HTM', 'a.tar.gz', 'a.tgz', 'b.tar.Z', 'c.tar.z', 'pic.svgz', 'x.py',
             'http://h/dir/x.json?q=1', 'noext', 'x.unknownext', 'archive.tar.bz2', 'f.txt.xz', '.bashrc'):
    print(name, mt.guess_type(name))
for url in ('data:,plain', 'data:text/x-foo;base64,AA', 'data:;base64,AA', 'data:a=b,c', 'data:nocomma'):
    print(url, mt.guess_type(url))
print(mt.guess_type('x.rtf'), mt.guess_type('x.rtf', strict=False), mt.guess_type('x.webp', False))
for t in ('text/html', 'image/jpeg', 'text/plain', 'TEXT/HTML', 'image/jpg', 'no/such'):
    print(t, mt.guess_extension(t), mt.guess_extension(t, strict=False))
print(set(mt.guess_all_extensions('text/plain')) >= {'.txt', '.c', '.h', '.bat'})
print(mt.guess_all_extensions('image/jpg'), mt.guess_all_extensions('image/jpg', strict=False))
print(mt.suffix_map['.tgz'], mt.encodings_map['.gz'], mt.types_map['.css'], mt.common_types['.mid'], mt.inited)

mt.add_type('application/x-s14b', '.s14b')
print(mt.guess_type('f.S14B'), mt.guess_extension('application/x-s14b'))
mt.init()
print(mt.guess_type('f.s14b'), mt.guess_extension('application/x-s14b'))

d = tempfile.mkdtemp()
p = os.path.join(d, 'types')
with open(p, 'w') as f:
    f.write('# comment line\napplication/x-one one uno # trailing\n\napplication/x-two two\n')
db = mt.MimeTypes([p])
print(db.guess_type('a.uno'), db.guess_extension('application/x-one'), db.guess_all_extensions('application/x-two'))
db.readfp(io.StringIO('text/x-three three\n'), strict=False)
print(db.guess_type('a.three'), db.guess_type('a.three', strict=False), db.guess_all_extensions('text/x-three', False))
db.add_type('text/x-four', '.four', strict=False)
print(db.guess_all_extensions('text/x-four'), db.guess_all_extensions('text/x-four', False))
# (the result also holds the built-in table, which is shorter than CPython's)
m = mt.read_mime_types(p)
print([m[e] for e in ('.one', '.uno', '.two', '.html')], mt.read_mime_types(p + '.missing'))
mt.init([p])
print(mt.guess_type('z.two'))
os.unlink(p)
os.rmdir(d)
