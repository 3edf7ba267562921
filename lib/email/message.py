# email.message: Message (headers as an ordered, case-insensitive,
# multi-valued mapping plus a payload) and EmailMessage. Header values are
# kept as given; compat32 returns them raw, other policies unfold them.
# Output does not fold long headers (see email.generator for RFC 2047).
# email.utils, errors and policy are imported on first use, so that
# http.client (whose HTTPMessage is a Message) stays quick to import.


def _u():
    from email import utils
    return utils


def _e():
    from email import errors
    return errors


def _compat32():
    from email.policy import compat32
    return compat32


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    return (a.strip(), b.strip()) if sep else (a.strip(), None)


def _formatparam(param, value=None, quote=True):
    if value is None or not len(value):
        return param
    if isinstance(value, tuple):
        param += '*'
        value = _u().encode_rfc2231(value[2], value[0], value[1])
        return '%s=%s' % (param, value)
    try:
        value.encode('ascii')
    except UnicodeError:
        return '%s*=%s' % (param, _u().encode_rfc2231(value, 'utf-8', ''))
    if quote or any(c in value for c in ' ()<>@,;:\\"/[]?='):
        return '%s="%s"' % (param, _u().quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    # The ';'-separated pieces of a header value (a ';' inside quotes does
    # not count); "name = value" comes back as "name=value", name lowered.
    out, cur, q, esc = [], '', False, False
    for c in str(s) + ';':
        if c == ';' and not q:
            n, eq, v = cur.partition('=')
            out.append(n.strip().lower() + '=' + v.strip() if eq else cur.strip())
            cur = ''
            continue
        cur += c
        if esc:
            esc = False
        elif c == '\\':
            esc = True
        elif c == '"':
            q = not q
    return out


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], _u().unquote(value[2])
    return _u().unquote(value)


class Message:
    def __init__(self, policy=None):
        self.policy = policy or _compat32()
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def __bytes__(self):
        return self.as_bytes()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        return Generator(None, False, policy=policy).flatten(self, unixfrom)

    def as_bytes(self, unixfrom=False, policy=None):
        s = self.as_string(unixfrom, policy=policy)
        try:
            return s.encode('ascii')
        except UnicodeError:
            return s.encode('latin-1' if getattr(self, '_b8', 0) else 'utf-8')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError('Attach is not valid on a message with a non-multipart payload')

    def get_payload(self, i=None, decode=False):
        p = self._payload
        if isinstance(p, list):
            if decode:
                return None
            return p if i is None else p[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(p))
        if not isinstance(p, str):
            return p
        # Text from bytes holds them as latin-1 (see email.parser).
        b8 = getattr(self, '_b8', 0) and not p.isascii()
        if not decode:
            if b8:
                cs = self.get_param('charset', 'ascii')
                try:
                    return p.encode('latin-1').decode(cs, 'replace')
                except LookupError:
                    pass
            return p
        b = p.encode('latin-1' if b8 or max(p, default='a') < '\u0100' else 'utf-8')
        cte = str(self.get('content-transfer-encoding', '')).lower()
        import binascii
        if cte == 'quoted-printable':
            return binascii.a2b_qp(b)
        if cte == 'base64':
            try:
                return binascii.a2b_base64(b''.join(b.split()) + b'==')
            except ValueError:
                self.defects.append(_e().InvalidBase64CharactersDefect())
        return b

    def set_payload(self, payload, charset=None):
        if isinstance(payload, (bytes, bytearray)):
            # Held as latin-1 text, as the parser holds bytes (_b8).
            payload = bytes(payload).decode('latin-1')
            self._b8 = True
        elif charset is not None and payload:
            # Text the charset cannot encode is refused here, as CPython does.
            payload.encode(str(charset))
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        from email.charset import Charset
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        out = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=out)
        else:
            self.set_param('charset', out)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            return cte(self)
        p = self._payload
        if p:
            # Text, or bytes held as latin-1 (set_payload).
            p = p.encode('ascii' if p.isascii() else 'latin-1' if getattr(self, '_b8', 0) else out)
        self._payload = charset.body_encode(p)
        self['Content-Transfer-Encoding'] = cte

    def get_charset(self):
        return self._charset

    # The header mapping.

    def _fetch(self, v):
        if getattr(self.policy, '_compat', True):
            return v
        import re
        return re.sub(r'\r?\n(?=[ \t])', '', v)

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [kv for kv in self._headers if kv[0].lower() != name]

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self._fetch(v) for k, v in self._headers]

    def items(self):
        return [(k, self._fetch(v)) for k, v in self._headers]

    def raw_items(self):
        return iter(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self._fetch(v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def get_all(self, name, failobj=None):
        name = name.lower()
        vals = [self._fetch(v) for k, v in self._headers if k.lower() == name]
        return vals or failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else _formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        n = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == n:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    # MIME types and parameters.

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return self._default_type
        ctype = _splitparam(value)[0].lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header)
        if value is None:
            return failobj
        params = []
        for p in _parseparam(value):
            name, sep, val = p.partition('=')
            params.append((name.strip(), val.strip()))
        return _u().decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        params = self._get_params_preserve(None, header)
        if params is None:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        param = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param:
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None, language='', replace=False):
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = '; '.join((ctype, _formatparam(param, value, requote)))
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append = _formatparam(param, value, requote)
                else:
                    append = _formatparam(old_param, old_value, requote)
                ctype = append if not ctype else '; '.join((ctype, append))
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header in self:
            v = '; '.join(_formatparam(p, v, requote) for p, v in self.get_params(header=header, unquote=requote)
                          if p.lower() != param.lower())
            if v != self.get(header):
                del self[header]
                self[header] = v

    def get_filename(self, failobj=None):
        missing = object()
        f = self.get_param('filename', missing, 'content-disposition')
        if f is missing:
            f = self.get_param('name', missing, 'content-type')
        if f is missing:
            return failobj
        return _u().collapse_rfc2231_value(f).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        b = self.get_param('boundary', missing)
        if b is missing:
            return failobj
        return _u().collapse_rfc2231_value(b).rstrip()

    def set_boundary(self, boundary):
        if self.get_params() is None:
            raise _e().HeaderParseError('No Content-Type header found')
        self.set_param('boundary', boundary, replace=True)

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            charset = _u().collapse_rfc2231_value(charset)
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        return None if value is None else _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for sub in self.get_payload():
                yield from sub.walk()


class MIMEPart(Message):
    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default as policy
        super().__init__(policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        return self.get_content_disposition() == 'attachment'

    def get_content(self):
        if self.is_multipart():
            raise KeyError(self.get_content_type())
        b = self.get_payload(decode=True)
        if self.get_content_maintype() != 'text':
            return b
        return b.decode(self.get_param('charset', 'ascii'), 'replace')

    def set_content(self, content, subtype='plain', charset='utf-8', disposition=None, filename=None):
        # Text only: the content manager's other types are left out.
        for k in ('content-type', 'content-transfer-encoding', 'mime-version'):
            del self[k]
        cte = '7bit' if content.isascii() else '8bit'
        self['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
        self['Content-Transfer-Encoding'] = cte
        self._payload = content if content.endswith('\n') else content + '\n'
        if disposition or filename:
            self.add_header('Content-Disposition', disposition or 'attachment', filename=filename)

    def add_attachment(self, content, maintype=None, subtype=None, filename=None, disposition='attachment'):
        # As CPython: a single part becomes multipart/mixed, its content
        # headers and payload (if any) moving into a first subpart.
        if not self.is_multipart():
            h = [kv for kv in self._headers if kv[0].lower()[:8] == 'content-']
            self._headers = [kv for kv in self._headers if kv not in h]
            part = type(self)(self.policy)
            part._headers = h
            part._payload, self._payload = self._payload, [part] if h else []
            self['Content-Type'] = 'multipart/mixed'
        p = type(self)(self.policy)
        if isinstance(content, str):
            p.set_content(content, subtype or 'plain', disposition=disposition, filename=filename)
        else:
            p['Content-Type'] = maintype + '/' + subtype
            p.set_payload(content)
            from email.encoders import encode_base64
            encode_base64(p)
            p.add_header('Content-Disposition', disposition, filename=filename)
            if isinstance(p, EmailMessage):
                p['MIME-Version'] = '1.0'
        self.attach(p)


class EmailMessage(MIMEPart):
    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
