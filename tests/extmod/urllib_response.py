# urllib.response: the wrappers pass file methods through and add info().
import io
import urllib.response as r

f = r.addinfourl(io.BytesIO(b'line1\nline2\n'), {'a': 'b'}, 'http://x/', 200)
print(f.readline(), f.info(), f.geturl(), f.getcode(), f.status, f.url, f.code)
print(list(f))
with f as g:
    print(g is f)
print(f.closed)
calls = []
h = r.addclosehook(io.BytesIO(b'x'), calls.append, 'done')
print(h.read())
h.close()
h.close()
print(calls, h.closed)
i = r.addinfo(io.BytesIO(b''), 'hdrs')
print(i.info(), i.headers)
try:
    with r.addbase(f.fp):
        pass
except ValueError:
    print('ValueError')
