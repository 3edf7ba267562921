# urllib.request, minimal: urlopen() and Request for http:// URLs, built on
# http.client; redirects are followed and error statuses raise HTTPError.
import http.client
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, urljoin, unquote, unquote as url2pathname, quote as pathname2url

_NOTSET = http.client._NOTSET
_AGENT = 'Python-urllib/3.11'


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        for k, v in headers.items():
            self.add_header(k, v)
        self.origin_req_host = origin_req_host or self.host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._url, self.fragment)
        return self._url

    @full_url.setter
    def full_url(self, url):
        url = url.strip()
        self._url, sep, frag = url.partition('#')
        self.fragment = frag if sep else None
        t, c, rest = self._url.partition(':')
        if not c or not t or '/' in t:
            raise ValueError('unknown url type: %r' % self._url)
        self.type = t.lower()
        self.host = None
        self.selector = rest
        if rest[:2] == '//':
            i = 2
            while i < len(rest) and rest[i] not in '/?':
                i += 1
            self.host = unquote(rest[2:i])
            self.selector = rest[i:]

    def get_method(self):
        return getattr(self, 'method', None) or ('GET' if self.data is None else 'POST')

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def has_header(self, name):
        return name in self.headers or name in self.unredirected_hdrs

    def get_header(self, name, default=None):
        return self.headers.get(name, self.unredirected_hdrs.get(name, default))

    def remove_header(self, name):
        self.headers.pop(name, None)
        self.unredirected_hdrs.pop(name, None)

    def header_items(self):
        h = dict(self.unredirected_hdrs)
        h.update(self.headers)
        return list(h.items())


def _fetch(req, timeout):
    if req.type == 'https':
        try:
            http.client._no_tls()
        except OSError as e:
            raise URLError(e)
    if req.type != 'http':
        raise URLError('unknown url type: %s' % req.type)
    if not req.host:
        raise URLError('no host given')
    data = req.data
    if isinstance(data, str):
        raise TypeError('POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.')
    h = dict(req.unredirected_hdrs)
    if data is not None:
        if not req.has_header('Content-type'):
            h['Content-type'] = 'application/x-www-form-urlencoded'
        if not req.has_header('Content-length') and not req.has_header('Transfer-encoding'):
            try:
                h['Content-length'] = str(memoryview(data).nbytes)
            except TypeError:
                h['Transfer-encoding'] = 'chunked'
    if not req.has_header('Host'):
        h['Host'] = req.host
    if not req.has_header('User-agent'):
        h['User-agent'] = _AGENT
    for k, v in req.headers.items():
        h.setdefault(k, v)
    h['Connection'] = 'close'
    h = {k.title(): v for k, v in h.items()}
    conn = http.client.HTTPConnection(req.host, timeout=timeout)
    try:
        conn.request(req.get_method(), req.selector, data, h, encode_chunked='Transfer-Encoding' in h)
        r = conn.getresponse()
    except OSError as e:
        conn.close()
        raise URLError(e)
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def urlopen(url, data=None, timeout=_NOTSET):
    req = url if isinstance(url, Request) else Request(url, data)
    if data is not None:
        req.data = data
    seen = {}
    while True:
        r = _fetch(req, timeout)
        code = r.status
        if 200 <= code < 300:
            return r
        to = r.headers.get('location') or r.headers.get('uri')
        m = req.get_method()
        if code not in (301, 302, 303, 307, 308) or to is None:
            raise HTTPError(r.url, code, r.msg, r.headers, r)
        if urlsplit(to).scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(to, code, "%s - Redirection to url '%s' is not allowed" % (r.msg, to), r.headers, r)
        to = urljoin(req.full_url, to)
        if not (m in ('GET', 'HEAD') or code < 307 and m == 'POST'):
            raise HTTPError(r.url, code, r.msg, r.headers, r)
        if seen.get(to, 0) >= 4 or len(seen) >= 10:
            raise HTTPError(r.url, code, 'The HTTP server returned a redirect error that would lead to an '
                            'infinite loop.\nThe last 30x error message was:\n' + r.msg, r.headers, r)
        seen[to] = seen.get(to, 0) + 1
        r.read()
        r.close()
        h = {k: v for k, v in req.headers.items() if k.lower() not in ('content-length', 'content-type')}
        req = Request(to, headers=h, origin_req_host=req.origin_req_host, unverifiable=True,
                      method='HEAD' if m == 'HEAD' else 'GET')
