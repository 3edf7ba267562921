# urllib.request: open URLs through a chain of handlers, as CPython 3.11 does:
# Request, OpenerDirector/build_opener, handlers for http, redirects, proxies
# (from the environment), basic auth, data: and file: URLs, and urlretrieve.
# Left out: https (no ssl module: it raises URLError), ftp, digest auth and
# cookies (no http.cookiejar). Modules only some paths need are imported there.
import os
import http.client
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlsplit, urlparse, urlunparse, urljoin, unquote, unquote_to_bytes, quote,
                          unquote as url2pathname, quote as pathname2url, _legacy_type as _splittype,
                          _legacy_host as _splithost, _legacy_port as _splitport)
from urllib.response import addinfourl

_NOTSET = http.client._NOTSET
_opener = None
_url_tempfiles = []


def urlopen(url, data=None, timeout=_NOTSET, *, cafile=None, capath=None, cadefault=False, context=None):
    global _opener
    if cafile or capath or cadefault or context:
        raise URLError('no ssl module: cafile, capath, cadefault and context are not supported')
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


def urlretrieve(url, filename=None, reporthook=None, data=None):
    t, path = _splittype(url)
    with urlopen(url, data) as fp:
        headers = fp.info()
        if t == 'file' and not filename:
            return os.path.normpath(path), headers
        if filename:
            out = open(filename, 'wb')
        else:
            import tempfile
            out = tempfile.NamedTemporaryFile(delete=False)
            filename = out.name
            _url_tempfiles.append(filename)
        with out:
            result = filename, headers
            bs, size, got, n = 8192, -1, 0, 0
            if 'content-length' in headers:
                size = int(headers['Content-Length'])
            if reporthook:
                reporthook(n, bs, size)
            while True:
                b = fp.read(bs)
                if not b:
                    break
                got += len(b)
                out.write(b)
                n += 1
                if reporthook:
                    reporthook(n, bs, size)
    if size >= 0 and got < size:
        raise ContentTooShortError('retrieval incomplete: got only %i out of %i bytes' % (got, size), result)
    return result


def urlcleanup():
    global _opener
    for f in _url_tempfiles:
        try:
            os.unlink(f)
        except OSError:
            pass
    del _url_tempfiles[:]
    _opener = None


def request_host(request):
    return _splitport(urlparse(request.full_url)[1])[0].lower()


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for k, v in headers.items():
            self.add_header(k, v)
        self.origin_req_host = origin_req_host or request_host(self)
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = url.strip()
        if url[:1] == '<' and url[-1:] == '>':
            url = url[1:-1].strip()
        if url[:4] == 'URL:':
            url = url[4:].strip()
        self._full_url, sep, frag = url.partition('#')
        self.fragment = frag if sep else None
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = self.selector = None

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            self.remove_header('Content-length')

    @data.deleter
    def data(self):
        self.data = None

    def get_method(self):
        return getattr(self, 'method', 'GET' if self.data is None else 'POST')

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

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


class OpenerDirector:
    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/3.11')]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    # A handler serves <proto>_open, <proto>_error_<code>, <proto>_request and
    # <proto>_response; each table keeps its handlers sorted by handler_order.
    def add_handler(self, handler):
        if not hasattr(handler, 'add_parent'):
            raise TypeError('expected BaseHandler instance, got %r' % type(handler))
        import bisect
        added = False
        for meth in dir(handler):
            if meth in ('redirect_request', 'do_open', 'proxy_open'):
                continue
            proto, _, cond = meth.partition('_')
            if cond.startswith('error'):
                kind = cond[6:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(proto, {})
            elif cond in ('open', 'response', 'request'):
                kind = proto
                table = {'open': self.handle_open, 'response': self.process_response,
                         'request': self.process_request}[cond]
            else:
                continue
            bisect.insort(table.setdefault(kind, []), handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for h in chain.get(kind, ()):
            r = getattr(h, meth_name)(*args)
            if r is not None:
                return r

    def open(self, fullurl, data=None, timeout=_NOTSET):
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if data is not None:
            req.data = data
        req.timeout = timeout
        p = req.type
        for h in self.process_request.get(p, ()):
            req = getattr(h, p + '_request')(req)
        r = self._open(req, data)
        for h in self.process_response.get(p, ()):
            r = getattr(h, p + '_response')(req, r)
        return r

    def _open(self, req, data=None):
        return (self._call_chain(self.handle_open, 'default', 'default_open', req) or
                self._call_chain(self.handle_open, req.type, req.type + '_open', req) or
                self._call_chain(self.handle_open, 'unknown', 'unknown_open', req))

    def error(self, proto, *args):
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            r = self._call_chain(table, args[2], 'http_error_%s' % args[2], *args)
            return r or self._call_chain(table, 'default', 'http_error_default', *args)
        return self._call_chain(self.handle_error, proto, proto + '_error', *args)


def build_opener(*handlers):
    opener = OpenerDirector()
    for k in (ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler, HTTPRedirectHandler,
              FileHandler, HTTPErrorProcessor, DataHandler):
        for h in handlers:
            if issubclass(h, k) if isinstance(h, type) else isinstance(h, k):
                break
        else:
            opener.add_handler(k())
    for h in handlers:
        opener.add_handler(h() if isinstance(h, type) else h)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        return not hasattr(other, 'handler_order') or self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    handler_order = 1000

    def http_response(self, request, response):
        if not 200 <= response.code < 300:
            response = self.parent.error('http', request, response, response.code, response.msg, response.info())
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10
    inf_msg = ('The HTTP server returned a redirect error that would lead to an infinite loop.\n'
               'The last 30x error message was:\n')

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        m = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and m in ('GET', 'HEAD') or code in (301, 302, 303) and m == 'POST'):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        h = {k: v for k, v in req.headers.items() if k.lower() not in ('content-length', 'content-type')}
        return Request(newurl.replace(' ', '%20'), method='HEAD' if m == 'HEAD' else 'GET', headers=h,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        url = headers.get('location') or headers.get('uri')
        if url is None:
            return None
        u = urlparse(url)
        if u.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(url, code, "%s - Redirection to url '%s' is not allowed" % (msg, url), headers, fp)
        if not u.path and u.netloc:
            u = list(u)
            u[2] = '/'
            url = urlunparse(u)
        import string
        url = urljoin(req.full_url, quote(url, encoding='iso-8859-1', safe=string.punctuation))
        new = self.redirect_request(req, fp, code, msg, headers, url)
        if new is None:
            return None
        seen = new.redirect_dict = req.__dict__.setdefault('redirect_dict', {})
        if seen.get(url, 0) >= self.max_repeats or len(seen) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        seen[url] = seen.get(url, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _parse_proxy(proxy):
    scheme, rest = _splittype(proxy)
    if rest[:1] != '/':
        scheme, auth = None, proxy
    else:
        if rest[:2] != '//':
            raise ValueError('proxy URL with no authority: %r' % proxy)
        end = rest.find('/', 2)
        auth = rest[2:end if end >= 0 else None]
    user, _, hostport = auth.rpartition('@')
    if not _:
        return scheme, None, None, hostport
    user, _, pw = user.partition(':')
    return scheme, user, pw if _ else None, hostport


def getproxies_environment():
    # Lower case wins; under CGI, HTTP_PROXY may come from a request header.
    p = {}
    for k, v in sorted(os.environ.items()):
        if k[-6:].lower() == '_proxy':
            if v:
                p[k[:-6].lower()] = v
            elif k[-6:] == '_proxy':
                p.pop(k[:-6], None)
    if 'REQUEST_METHOD' in os.environ:
        p.pop('http', None)
        if os.environ.get('http_proxy'):
            p['http'] = os.environ['http_proxy']
    return p


def proxy_bypass_environment(host, proxies=None):
    no = (getproxies_environment() if proxies is None else proxies).get('no')
    if no is None:
        return False
    if no == '*':
        return True
    host = host.lower()
    name = _splitport(host)[0]
    for n in no.split(','):
        n = n.strip().lstrip('.').lower()
        if n and (n in (name, host) or name.endswith('.' + n) or host.endswith('.' + n)):
            return True
    return False


getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment


def _basic(user, pw):
    import base64
    return 'Basic ' + base64.b64encode(('%s:%s' % (user, pw)).encode()).decode('ascii')


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'keys'), 'proxies must be a mapping'
        self.proxies = proxies
        for t, url in proxies.items():
            t = t.lower()
            setattr(self, t + '_open', lambda r, p=url, t=t, m=self.proxy_open: m(r, p, t))

    def proxy_open(self, req, proxy, type):
        orig = req.type
        ptype, user, pw, hostport = _parse_proxy(proxy)
        ptype = ptype or orig
        if req.host and proxy_bypass(req.host):
            return None
        if user and pw:
            req.add_header('Proxy-authorization', _basic(unquote(user), unquote(pw)))
        req.set_proxy(unquote(hostport), ptype)
        if orig != ptype and orig != 'https':
            return self.parent.open(req, timeout=req.timeout)


class HTTPPasswordMgr:
    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, str):
            uri = [uri]
        d = self.passwd.setdefault(realm, {})
        for dp in (True, False):
            d[tuple(self.reduce_uri(u, dp) for u in uri)] = (user, passwd)

    def find_user_password(self, realm, authuri):
        d = self.passwd.get(realm, {})
        for dp in (True, False):
            test = self.reduce_uri(authuri, dp)
            for uris, info in d.items():
                for u in uris:
                    if self.is_suburi(u, test):
                        return info
        return None, None

    def reduce_uri(self, uri, default_port=True):
        p = urlsplit(uri)
        if p[1]:
            scheme, auth, path = p[0], p[1], p[2] or '/'
        else:
            scheme, auth, path = None, uri, '/'
        host, port = _splitport(auth)
        if default_port and port is None and scheme in ('http', 'https'):
            auth = '%s:%d' % (host, 80 if scheme == 'http' else 443)
        return auth, path

    def is_suburi(self, base, test):
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        pre = base[1]
        return test[1].startswith(pre if pre[-1:] == '/' else pre + '/')


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    def find_user_password(self, realm, authuri):
        u, p = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if u is not None:
            return u, p
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:
    def __init__(self, password_mgr=None):
        self.passwd = password_mgr or HTTPPasswordMgr()
        self.add_password = self.passwd.add_password

    def _parse_realm(self, header):
        import re
        found = False
        for m in re.finditer('(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\\2', header, re.I):
            scheme, q, realm = m.groups()
            if q not in ('"', "'"):
                import warnings
                warnings.warn('Basic Auth Realm was unquoted', UserWarning, 3)
            yield scheme, realm
            found = True
        if not found:
            yield (header.split()[0] if header else ''), None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        bad = None
        for h in headers.get_all(authreq) or ():
            for scheme, realm in self._parse_realm(h):
                if scheme.lower() != 'basic':
                    bad = scheme
                elif realm is not None:
                    return self.retry_http_basic_auth(host, req, realm)
        if bad is not None:
            raise ValueError('AbstractBasicAuthHandler does not support the following scheme: %r' % (bad,))

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is not None:
            auth = _basic(user, pw)
            if req.get_header(self.auth_header, None) != auth:
                req.add_unredirected_header(self.auth_header, auth)
                return self.parent.open(req, timeout=req.timeout)


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)


class AbstractDigestAuthHandler:
    # Digest authentication (RFC 7616): qop "auth" or none, MD5, SHA or
    # SHA-256. A challenge retried more than five times is an HTTPError.
    def __init__(self, passwd=None):
        self.passwd = passwd or HTTPPasswordMgr()
        self.add_password = self.passwd.add_password
        self.retried = self.nonce_count = 0
        self.last_nonce = None

    def reset_retry_count(self):
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        if self.retried > 5:
            raise HTTPError(req.full_url, 401, 'digest auth failed', headers, None)
        self.retried += 1
        a = headers.get(auth_header)
        if a:
            scheme = a.split()[0]
            if scheme.lower() == 'digest':
                return self.retry_http_digest_auth(req, a)
            if scheme.lower() != 'basic':
                raise ValueError("AbstractDigestAuthHandler does not support the following scheme: '%s'" % scheme)

    def retry_http_digest_auth(self, req, auth):
        a = self.get_authorization(req, parse_keqv_list(filter(None, parse_http_list(auth.split(' ', 1)[1]))))
        if a:
            a = 'Digest ' + a
            if req.headers.get(self.auth_header) != a:
                req.add_unredirected_header(self.auth_header, a)
                return self.parent.open(req, timeout=req.timeout)

    def get_cnonce(self, nonce):
        import hashlib
        import time
        seed = '%s:%s:%s:' % (self.nonce_count, nonce, time.ctime())
        return hashlib.sha1(seed.encode() + os.urandom(8)).hexdigest()[:16]

    def get_authorization(self, req, chal):
        if 'realm' not in chal or 'nonce' not in chal:
            return None
        realm, nonce, qop, alg = chal['realm'], chal['nonce'], chal.get('qop'), chal.get('algorithm', 'MD5')
        H, KD = self.get_algorithm_impls(alg)
        user, pw = self.passwd.find_user_password(realm, req.full_url)
        if user is None:
            return None
        ent = None if req.data is None else self.get_entity_digest(req.data, chal)
        secret = H('%s:%s:%s' % (user, realm, pw))
        what = H(req.get_method() + ':' + req.selector)
        if qop is None:
            said = nonce + ':' + what
        elif 'auth' in qop.split(','):
            if nonce == self.last_nonce:
                self.nonce_count += 1
            else:
                self.nonce_count, self.last_nonce = 1, nonce
            nc = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            said = '%s:%s:%s:auth:%s' % (nonce, nc, cnonce, what)
        else:
            raise URLError("qop '%s' is not supported." % qop)
        r = 'username="%s", realm="%s", nonce="%s", uri="%s", response="%s"' % (
            user, realm, nonce, req.selector, KD(secret, said))
        if chal.get('opaque'):
            r += ', opaque="%s"' % chal['opaque']
        if ent:
            r += ', digest="%s"' % ent
        r += ', algorithm="%s"' % alg
        if qop:
            r += ', qop=auth, nc=%s, cnonce="%s"' % (nc, cnonce)
        return r

    def get_algorithm_impls(self, algorithm):
        import hashlib
        f = getattr(hashlib, {'MD5': 'md5', 'SHA': 'sha1', 'SHA-256': 'sha256'}.get(algorithm, '-'), None)
        if f is None:
            raise ValueError('Unsupported digest authentication algorithm %r' % algorithm)
        H = lambda x: f(x.encode('ascii')).hexdigest()
        return H, lambda s, d: H(s + ':' + d)

    def get_entity_digest(self, data, chal):
        return None


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Authorization'
    handler_order = 490  # before HTTPBasicAuthHandler

    def http_error_401(self, req, fp, code, msg, headers):
        r = self.http_error_auth_reqed('www-authenticate', urlparse(req.full_url)[1], req, headers)
        self.reset_retry_count()
        return r


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Proxy-Authorization'
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        r = self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)
        self.reset_retry_count()
        return r


class AbstractHTTPHandler(BaseHandler):
    def __init__(self, debuglevel=None):
        self._debuglevel = http.client.HTTPConnection.debuglevel if debuglevel is None else debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError('no host given')
        data = request.data
        if data is not None:
            if isinstance(data, str):
                raise TypeError('POST data should be bytes, an iterable of bytes, or a file object. '
                                'It cannot be of type str.')
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
            if not request.has_header('Content-length') and not request.has_header('Transfer-encoding'):
                try:
                    request.add_unredirected_header('Content-length', str(memoryview(data).nbytes))
                except TypeError:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        if request.has_proxy():
            host = _splithost(_splittype(request.selector)[1])[0]
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', host)
        for k, v in self.parent.addheaders:
            k = k.capitalize()
            if not request.has_header(k):
                request.add_unredirected_header(k, v)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        if not req.host:
            raise URLError('no host given')
        h = http_class(req.host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        hd = dict(req.unredirected_hdrs)
        for k, v in req.headers.items():
            hd.setdefault(k, v)
        hd['Connection'] = 'close'
        hd = {k.title(): v for k, v in hd.items()}
        if req._tunnel_host:
            t = {}
            if 'Proxy-Authorization' in hd:
                t['Proxy-Authorization'] = hd.pop('Proxy-Authorization')
            h.set_tunnel(req._tunnel_host, headers=t)
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, hd, encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as e:
                raise URLError(e)
            r = h.getresponse()
        except:
            h.close()
            raise
        # We sent 'Connection: close': the response owns the socket now.
        r.will_close = True
        h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        if req.type == 'https':
            try:
                http.client._no_tls()
            except OSError as e:
                raise URLError(e)
        raise URLError('unknown url type: %s' % req.type)


def _headers(text):
    return http.client.parse_headers(__import__('io').BytesIO(text.encode('latin-1') + b'\n'))


class DataHandler(BaseHandler):
    def data_open(self, req):
        url = req.full_url
        mt, data = url.split(':', 1)[1].split(',')
        data = unquote_to_bytes(data)
        if mt.endswith(';base64'):
            import base64
            data = base64.decodebytes(data)
            mt = mt[:-7]
        h = _headers('Content-type: %s\nContent-length: %d\n' % (mt or 'text/plain;charset=US-ASCII', len(data)))
        return addinfourl(__import__('io').BytesIO(data), h, url)


class FileHandler(BaseHandler):
    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and req.host and req.host != 'localhost':
            if req.host not in self.get_names():
                raise URLError('file:// scheme is supported only on localhost')
        return self.open_local_file(req)

    def get_names(self):
        import socket
        return ('127.0.0.1', _safe_gethostbyname(socket.gethostname()))

    def open_local_file(self, req):
        import mimetypes
        import email.utils
        host, name = req.host, req.selector
        try:
            st = os.stat(url2pathname(name))
            h = _headers('Content-type: %s\nContent-length: %d\nLast-modified: %s\n' % (
                mimetypes.guess_type(name)[0] or 'text/plain', st.st_size,
                email.utils.formatdate(st.st_mtime, usegmt=True)))
            if host:
                host, port = _splitport(host)
            if not host or not port and _safe_gethostbyname(host) in self.get_names():
                return addinfourl(open(url2pathname(name), 'rb'), h, 'file://' + (host or '') + name)
        except OSError as e:
            raise URLError(e)
        raise URLError('file not on local host')


def _safe_gethostbyname(host):
    import socket
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


def parse_keqv_list(l):
    d = {}
    for e in l:
        k, v = e.split('=', 1)
        if v[0] == '"' and v[-1] == '"':
            v = v[1:-1]
        d[k] = v
    return d


def parse_http_list(s):
    # Split at commas outside double quotes; a backslash escapes in quotes.
    res, part, esc, q = [], '', False, False
    for c in s:
        if esc:
            esc = False
        elif q and c == '\\':
            esc = True
            continue
        elif c == '"':
            q = not q
        elif c == ',' and not q:
            res.append(part)
            part = ''
            continue
        part += c
    if part:
        res.append(part)
    return [p.strip() for p in res]
