# HTTP client in the shape of micropython-lib's requests: one HTTP/1.0-style
# exchange per call ("Connection: close"), built on http.client, which
# decodes chunked bodies; the body is read on demand.
import http.client as hc


class HTTPError(OSError):
    pass


class _Headers(dict):
    # As CPython's requests: a dict whose names are looked up ignoring case.
    def _k(self, k):
        for x in self:
            if x.lower() == k.lower():
                return x
        return k

    __getitem__ = lambda self, k: dict.__getitem__(self, self._k(k))
    get = lambda self, k, d=None: dict.get(self, self._k(k), d)
    __contains__ = lambda self, k: dict.__contains__(self, self._k(k))


class Response:
    ok = property(lambda self: self.status_code < 400)

    def raise_for_status(self):
        if self.status_code >= 400:
            raise HTTPError('%d %s' % (self.status_code, self.reason))

    def __init__(self, f):
        self.raw = f
        self.encoding = 'utf-8'
        self._body = None

    def close(self):
        if self.raw:
            self.raw.close()
            self.raw = None
        self._body = None

    @property
    def content(self):
        if self._body is None:
            try:
                self._body = self.raw.read()
            finally:
                self.raw.close()
                self.raw = None
        return self._body

    @property
    def text(self):
        return str(self.content, self.encoding)

    def json(self):
        import json
        return json.loads(self.content)


class _Conn(hc.HTTPConnection):
    _http_vsn_str = 'HTTP/1.0'


def request(method, url, data=None, json=None, headers={}, stream=None,
            auth=None, timeout=None, parse_headers=True, params=None):
    if params or isinstance(data, dict):
        from urllib.parse import urlencode
        if params:
            url += ('&' if '?' in url else '?') + urlencode(params, True)
        if isinstance(data, dict):
            data = urlencode(data, True)
            headers = dict(headers, **{'Content-Type': 'application/x-www-form-urlencoded'})
    proto, _, host, path = (url.split('/', 3) + [''])[:4]
    if proto != 'http:':
        if proto == 'https:':
            hc._no_tls()
        raise ValueError('Unsupported protocol: ' + proto)
    if json is not None:
        assert data is None
        import json as j
        data = j.dumps(json)
    if isinstance(data, str):
        data = data.encode()
    c = _Conn(host, timeout=timeout)
    try:
        c.putrequest(method, '/' + path, 'Host' in headers, True)
        for k in headers:
            c.putheader(k, headers[k])
        if auth is not None:
            import binascii
            c.putheader('Authorization', b'Basic ' + binascii.b2a_base64(('%s:%s' % auth).encode())[:-1])
        if json is not None:
            c.putheader('Content-Type', 'application/json')
        if data:
            c.putheader('Content-Length', len(data))
        c.putheader('Connection', 'close')
        c.endheaders(data or None)
        r = c.getresponse()
    except:
        c.close()
        raise
    # The socket goes with the body, even if the server offers keep-alive.
    r.will_close = True
    if r.isclosed():
        c.close()
    status = r.status
    hd = _Headers()
    for kv in r.getheaders():
        if parse_headers is True:
            hd[kv[0]] = kv[1]
        elif parse_headers:
            parse_headers(('%s: %s\r\n' % kv).encode('latin-1'), hd)
    to = r.getheader('location')
    if to and not 200 <= status <= 299:
        r.close()
        if status not in (301, 302, 303, 307, 308):
            raise NotImplementedError('Redirect %d not yet supported' % status)
        if to.startswith('/'):
            to = 'http://' + host + to
        if status < 304:
            return request('GET', to, None, None, headers, stream, auth, timeout, parse_headers)
        return request(method, to, data, None, headers, stream, auth, timeout, parse_headers)
    resp = Response(r)
    resp.status_code = status
    resp.reason = r.reason
    resp.headers = hd
    resp.url = url
    return resp


def head(url, **kw):
    return request('HEAD', url, **kw)


def get(url, **kw):
    return request('GET', url, **kw)


def post(url, **kw):
    return request('POST', url, **kw)


def put(url, **kw):
    return request('PUT', url, **kw)


def patch(url, **kw):
    return request('PATCH', url, **kw)


def delete(url, **kw):
    return request('DELETE', url, **kw)
