# urllib.error.HTTPError is also the error page as a response (addinfourl), as in CPython.
import io
from urllib.error import HTTPError, URLError
from urllib.response import addinfourl
e = HTTPError('http://x/', 404, 'Not Found', {'a': 'b'}, io.BytesIO(b'page body'))
print(isinstance(e, URLError), isinstance(e, OSError), isinstance(e, addinfourl))
print(str(e), repr(e), e.code, e.status, e.getcode(), e.geturl(), e.info(), e.headers, e.reason, e.filename, e.url)
print(e.read(4), e.read())
with e as r:
    print(r is e)
print(e.fp.closed)
e2 = HTTPError('http://y/', 500, 'Boom', None, None)
print(e2.read(), e2.fp is not None, e2.hdrs, e2.headers)
e2.headers = {'x': 1}
print(e2.hdrs)
try:
    raise e2
except URLError as x:
    print('caught', x.code, x.reason)
print(e2.args)
