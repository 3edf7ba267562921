# urllib.parse: splitting, joining and percent-coding of URLs, written for
# this interpreter after the documented behaviour of CPython 3.11 (RFC 3986
# with the historical quirks CPython keeps). Every splitting function takes
# str or bytes; bytes are handled by decoding them as ASCII, working on str
# and encoding the answer back (the *Bytes result classes).

from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit',
           'urlunsplit', 'urlencode', 'parse_qs', 'parse_qsl', 'quote',
           'quote_plus', 'quote_from_bytes', 'unquote', 'unquote_plus',
           'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Which schemes allow relative references, carry a network location, take
# ";params" on the last path segment... (public lists, as in CPython).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu',
                 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading bytes the WHATWG URL standard trims (C0 controls and space), and
# the characters removed anywhere in a URL (tab and newlines).
_LEAD_TRIM = ''.join([chr(c) for c in range(0x21)])
_DROPPED = '\t\r\n'


# ---- str/bytes handling --------------------------------------------------

def _to_text(*parts):
    # Returns (str parts, restore) where restore turns a str answer back
    # into the caller's type. Empty values never decide the type.
    textual = isinstance(parts[0], str)
    for p in parts[1:]:
        if p and isinstance(p, str) != textual:
            raise TypeError("Cannot mix str and non-str arguments")
    if textual:
        return parts + (_keep,)
    conv = tuple([p.decode('ascii', 'strict') if p else '' for p in parts])
    return conv + (_to_ascii_bytes,)


def _keep(x):
    return x


def _to_ascii_bytes(x):
    return x.encode('ascii', 'strict')


# ---- result classes ------------------------------------------------------

class _NetlocParts:
    # Properties computed from the netloc field; the concrete classes give
    # _net_text() for the separators of their own type.
    __slots__ = ()

    def _credentials(self):
        net = self.netloc
        at = self._sep('@')
        if at in net:
            return net.rpartition(at)[0]
        return None

    def _host_and_port(self):
        # (host text, port text or None); brackets are removed from an IPv6
        # literal, whose own colons are not port separators.
        rest = self.netloc.rpartition(self._sep('@'))[2]
        before, bracket, inside = rest.partition(self._sep('['))
        if bracket:
            host, _, after = inside.partition(self._sep(']'))
            port = after.partition(self._sep(':'))[2]
        else:
            host, _, port = rest.partition(self._sep(':'))
        return host, (port if port else None)

    @property
    def username(self):
        info = self._credentials()
        if info is None:
            return None
        return info.partition(self._sep(':'))[0]

    @property
    def password(self):
        info = self._credentials()
        if info is None:
            return None
        name, colon, secret = info.partition(self._sep(':'))
        return secret if colon else None

    @property
    def hostname(self):
        host = self._host_and_port()[0]
        if not host:
            return None
        # An IPv6 zone id ("%eth0") keeps its case.
        addr, pct, zone = host.partition(self._sep('%'))
        return addr.lower() + pct + zone

    @property
    def port(self):
        text = self._host_and_port()[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError("Port could not be cast to integer value as %r"
                             % (text,))
        num = int(text)
        if num < 0 or num > 65535:
            raise ValueError("Port out of range 0-65535")
        return num


class _TextForm(_NetlocParts):
    __slots__ = ()

    def _sep(self, ch):
        return ch

    def encode(self, encoding='ascii', errors='strict'):
        return self._other(*[x.encode(encoding, errors) for x in self])


class _BytesForm(_NetlocParts):
    __slots__ = ()

    def _sep(self, ch):
        return ch.encode('ascii')

    def decode(self, encoding='ascii', errors='strict'):
        return self._other(*[x.decode(encoding, errors) for x in self])


_DefragFields = namedtuple('DefragResult', 'url fragment')
_SplitFields = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseFields = namedtuple('ParseResult',
                        'scheme netloc path params query fragment')


def _defrag_url(self):
    if self.fragment:
        return self.url + self._sep('#') + self.fragment
    return self.url


class DefragResult(_DefragFields):
    __slots__ = ()

    def _sep(self, ch):
        return ch

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*[x.encode(encoding, errors) for x in self])

    geturl = _defrag_url


class DefragResultBytes(_DefragFields):
    __slots__ = ()

    def _sep(self, ch):
        return ch.encode('ascii')

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*[x.decode(encoding, errors) for x in self])

    geturl = _defrag_url


class SplitResult(_SplitFields, _TextForm):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class SplitResultBytes(_SplitFields, _BytesForm):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseFields, _TextForm):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class ParseResultBytes(_ParseFields, _BytesForm):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


SplitResult._other = SplitResultBytes
SplitResultBytes._other = SplitResult
ParseResult._other = ParseResultBytes
ParseResultBytes._other = ParseResult


# ---- bracketed hosts -----------------------------------------------------

def _valid_ipv4(text):
    pieces = text.split('.')
    if len(pieces) != 4:
        return False
    for p in pieces:
        if not p or len(p) > 3 or not (p.isdigit() and p.isascii()):
            return False
        if len(p) > 1 and p[0] == '0':
            return False
        if int(p) > 255:
            return False
    return True


def _valid_ipv6(text):
    addr, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    groups_wanted = 8
    if addr and '.' in addr.rpartition(':')[2]:
        # an embedded IPv4 tail stands for the last two groups
        head, _, tail = addr.rpartition(':')
        if not _valid_ipv4(tail):
            return False
        addr = head + ':'
        groups_wanted = 6
        if addr.endswith('::'):
            addr = addr + '0'
        else:
            addr = addr[:-1] if addr != ':' else addr
    if addr.count('::') > 1:
        return False
    hexd = '0123456789abcdefABCDEF'

    def good_groups(s):
        if not s:
            return []
        out = s.split(':')
        for g in out:
            if not g or len(g) > 4:
                return None
            for c in g:
                if c not in hexd:
                    return None
        return out
    if '::' in addr:
        left, _, right = addr.partition('::')
        lg = good_groups(left)
        rg = good_groups(right)
        if lg is None or rg is None:
            return False
        return len(lg) + len(rg) < groups_wanted
    g = good_groups(addr)
    return g is not None and len(g) == groups_wanted


def _check_host_literal(host):
    if host.startswith('v'):
        # IPvFuture: "v" hexdigits "." something
        dot = host.find('.')
        ver = host[1:dot]
        ok = dot > 1 and dot < len(host) - 1
        for c in ver:
            if c not in '0123456789abcdefABCDEF':
                ok = False
        if not ok:
            raise ValueError("IPvFuture address is invalid")
        return
    if _valid_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _valid_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address"
                         % (host,))


# ---- splitting and joining -----------------------------------------------

def _cut_scheme(url):
    # "scheme:" prefix, if the text before the first colon is a valid scheme
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:colon]:
            if c not in scheme_chars:
                return '', url
        return url[:colon].lower(), url[colon + 1:]
    return '', url


def _authority_end(url, start):
    end = len(url)
    for c in '/?#':
        k = url.find(c, start)
        if 0 <= k < end:
            end = k
    return end


# The characters whose NFKC form holds one of '/?#@:' (U+2100 is 'a/c'):
# a netloc must not change its parts when IDNA normalises it, so CPython
# refuses them.
_NFKC_SEPARATORS = ('\u2047\u2048\u2049\u2100\u2101\u2105\u2106\u2a74\ufe13'
                    '\ufe16\ufe55\ufe56\ufe5f\ufe6b\uff03\uff0f\uff1a\uff1f\uff20')


def urlsplit(url, scheme='', allow_fragments=True):
    url, scheme, back = _to_text(url, scheme)
    url = url.lstrip(_LEAD_TRIM)
    scheme = scheme.strip(_LEAD_TRIM)
    for c in _DROPPED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    found, url = _cut_scheme(url)
    if found:
        scheme = found
    netloc = query = fragment = ''
    if url[:2] == '//':
        end = _authority_end(url, 2)
        netloc = url[2:end]
        url = url[end:]
        opened = '[' in netloc
        closed = ']' in netloc
        if opened != closed:
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_host_literal(netloc.partition('[')[2].partition(']')[0])
        if not netloc.isascii() and [c for c in netloc if c in _NFKC_SEPARATORS]:
            raise ValueError("netloc '%s' contains invalid characters under "
                             "NFKC normalization" % netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    res = SplitResult(scheme, netloc, url, query, fragment)
    if back is _keep:
        return res
    return res.encode('ascii', 'strict')


def _cut_params(path):
    # ";params" belong to the last path segment only
    slash = path.rfind('/')
    semi = path.find(';', slash if slash >= 0 else 0)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    url, scheme, back = _to_text(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    res = ParseResult(parts.scheme, parts.netloc, path, params, parts.query,
                      parts.fragment)
    if back is _keep:
        return res
    return res.encode('ascii', 'strict')


def urlunsplit(components):
    scheme, netloc, path, query, fragment, back = _to_text(*components)
    out = path
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if out and out[0] != '/':
            out = '/' + out
        out = '//' + (netloc or '') + out
    if scheme:
        out = scheme + ':' + out
    if query:
        out = out + '?' + query
    if fragment:
        out = out + '#' + fragment
    return back(out)


def urlunparse(components):
    scheme, netloc, path, params, query, fragment, back = \
        _to_text(*components)
    if params:
        path = path + ';' + params
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _resolve_dots(pieces):
    # Applies "." and ".." segments (RFC 3986 5.2.4); a trailing dot
    # segment leaves a trailing slash.
    kept = []
    for p in pieces:
        if p == '..':
            if kept:
                kept.pop()
        elif p != '.':
            kept.append(p)
    if pieces and pieces[-1] in ('.', '..'):
        kept.append('')
    return kept


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    base, url, back = _to_text(base, url)
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = r
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, b.path, b.params,
                                query or b.query, fragment)))
    if path[:1] == '/':
        pieces = path.split('/')
    else:
        # the reference replaces the last segment of the base path; empty
        # segments in the middle are dropped so no "//" appears
        dir_pieces = b.path.split('/')
        if dir_pieces[-1] != '':
            dir_pieces.pop()
        pieces = dir_pieces + path.split('/')
        if len(pieces) > 2:
            pieces = pieces[:1] + [p for p in pieces[1:-1] if p] + pieces[-1:]
    joined = '/'.join(_resolve_dots(pieces)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    url, back = _to_text(url)
    if '#' in url:
        p = urlparse(url)
        frag = p.fragment
        rest = urlunparse(p[:5] + ('',))
    else:
        frag = ''
        rest = url
    res = DefragResult(rest, frag)
    if back is _keep:
        return res
    return res.encode('ascii', 'strict')


def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---- percent coding ------------------------------------------------------

_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        b'abcdefghijklmnopqrstuvwxyz'
                        b'0123456789_.-~')
_HEXMAP = {}
for _c in b'0123456789abcdefABCDEF':
    _HEXMAP[_c] = int(chr(_c), 16)
del _c


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = set(_UNRESERVED)
    for c in safe:
        if c < 128:
            keep.add(c)
    out = []
    for c in bs:
        out.append(chr(c) if c in keep else '%%%02X' % c)
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    # like quote(), with spaces written as '+' (HTML form encoding)
    spaced = ((isinstance(string, str) and ' ' in string)
              or (isinstance(string, bytes) and b' ' in string))
    if not spaced and isinstance(string, (str, bytes)):
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode('utf-8')
    # what has no split() fails as in CPython (bytes(5) would be zeros)
    string.split
    data = bytes(string)
    if b'%' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 37 and i + 2 < n and data[i + 1] in _HEXMAP \
                and data[i + 2] in _HEXMAP:
            out.append(_HEXMAP[data[i + 1]] * 16 + _HEXMAP[data[i + 2]])
            i += 3
        else:
            out.append(c)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    if '%' not in string:
        # Nothing to decode; what is not text fails as CPython makes it fail.
        getattr(string, 'split')
        return string
    # Consecutive escapes are collected and decoded together (a UTF-8
    # character spans several); everything else is copied as it is.
    out = []
    pending = bytearray()
    i = 0
    n = len(string)
    while i < n:
        ch = string[i]
        if ch == '%' and i + 2 < n and string[i + 1] in _HEXCHARS \
                and string[i + 2] in _HEXCHARS:
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = bytearray()
        out.append(ch)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return ''.join(out)


_HEXCHARS = '0123456789abcdefABCDEF'


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


# ---- query strings -------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    qs, back = _to_text(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding, errors)
            value = unquote(value.replace('+', ' '), encoding, errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding, errors, max_num_fields, separator):
        if name in found:
            found[name].append(value)
        else:
            found[name] = [value]
    return found


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        bad = False
        try:
            if len(query) and not isinstance(query[0], tuple):
                bad = True
        except TypeError:
            bad = True
        if bad:
            raise TypeError("not a valid non-string sequence or mapping object")

    def enc(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    out = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + enc(v))
            continue
        for item in v:
            out.append(k + '=' + enc(item))
    return '&'.join(out)


# ---- legacy split helpers (deprecated since 3.8, still present in 3.11) ----
# Each one cuts a URL fragment at a single separator; they warn on every call
# and point at the modern replacement.

def _legacy_type(url):
    head, sep, rest = url.partition(':')
    if sep and head and '/' not in head:
        return head.lower(), rest
    return None, url


def _legacy_host(url):
    if url[:2] != '//':
        return None, url
    body = url[2:]
    end = len(body)
    for stop in '/?#':
        k = body.find(stop)
        if 0 <= k < end:
            end = k
    host, path = body[:end], body[end:]
    if path and path[0] != '/':
        path = '/' + path
    return host, path


def _legacy_user(host):
    user, sep, rest = host.rpartition('@')
    return (user if sep else None), rest


def _legacy_passwd(user):
    name, sep, word = user.partition(':')
    return name, (word if sep else None)


def _legacy_port(host):
    name, sep, port = host.rpartition(':')
    if sep and port.isdigit() and port.isascii():
        return name, port
    if sep and not port:
        return name, None
    return host, None


def _legacy_nport(host, defport=-1):
    name, sep, port = host.rpartition(':')
    if not sep:
        return host, defport
    if not port:
        return name, defport
    if port.isdigit() and port.isascii():
        return name, int(port)
    return name, None


def _legacy_cut(mark):
    def cut(url):
        left, sep, right = url.rpartition(mark)
        if sep:
            return left, right
        return url, None
    return cut


def _legacy_attr(url):
    parts = url.split(';')
    return parts[0], parts[1:]


def _legacy_value(attr):
    name, sep, value = attr.partition('=')
    return name, (value if sep else None)


def _legacy_to_bytes(url):
    if isinstance(url, str):
        if not url.isascii():
            raise UnicodeError('URL ' + repr(url) + ' contains non-ASCII characters')
    return url


def _deprecated(name, impl, advice):
    text = 'urllib.parse.%s() is deprecated as of 3.8' % name
    if advice:
        text += ', use urllib.parse.%s() instead' % advice

    def legacy(*args, **kwargs):
        import warnings
        warnings.warn(text, DeprecationWarning, stacklevel=2)
        return impl(*args, **kwargs)
    legacy.__name__ = name
    return legacy


splittype = _deprecated('splittype', _legacy_type, 'urlparse')
splithost = _deprecated('splithost', _legacy_host, 'urlparse')
splituser = _deprecated('splituser', _legacy_user, 'urlparse')
splitpasswd = _deprecated('splitpasswd', _legacy_passwd, 'urlparse')
splitport = _deprecated('splitport', _legacy_port, 'urlparse')
splitnport = _deprecated('splitnport', _legacy_nport, 'urlparse')
splitquery = _deprecated('splitquery', _legacy_cut('?'), 'urlparse')
splittag = _deprecated('splittag', _legacy_cut('#'), 'urlparse')
splitattr = _deprecated('splitattr', _legacy_attr, 'urlparse')
splitvalue = _deprecated('splitvalue', _legacy_value, 'parse_qsl')
to_bytes = _deprecated('to_bytes', _legacy_to_bytes, None)


def clear_cache():
    # CPython keeps parse caches; this module has none, so nothing to drop
    pass
