# smtplib: an SMTP and LMTP client (RFC 5321, 4954 AUTH), written for this
# interpreter after CPython 3.11's documented behaviour. There is no ssl
# module here, so SMTP_SSL and starttls() raise RuntimeError.
import socket
import sys
import base64
import hmac
import email.utils
import email.generator
import copy
import io

__all__ = ['SMTPException', 'SMTPNotSupportedError', 'SMTPServerDisconnected',
           'SMTPResponseException', 'SMTPSenderRefused', 'SMTPRecipientsRefused',
           'SMTPDataError', 'SMTPConnectError', 'SMTPHeloError',
           'SMTPAuthenticationError', 'quoteaddr', 'quotedata', 'SMTP']

SMTP_PORT = 25
SMTP_SSL_PORT = 465
LMTP_PORT = 2003
CRLF = '\r\n'
bCRLF = b'\r\n'
_MAXLINE = 8192
_MAXCHALLENGE = 5


class SMTPException(OSError):
    pass


class SMTPNotSupportedError(SMTPException):
    pass


class SMTPServerDisconnected(SMTPException):
    pass


class SMTPResponseException(SMTPException):
    def __init__(self, code, msg):
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)


class SMTPSenderRefused(SMTPResponseException):
    def __init__(self, code, msg, sender):
        super().__init__(code, msg)
        self.sender = sender
        self.args = (code, msg, sender)


class SMTPRecipientsRefused(SMTPException):
    def __init__(self, recipients):
        self.recipients = recipients
        self.args = (recipients,)


class SMTPDataError(SMTPResponseException):
    pass


class SMTPConnectError(SMTPResponseException):
    pass


class SMTPHeloError(SMTPResponseException):
    pass


class SMTPAuthenticationError(SMTPResponseException):
    pass


def quoteaddr(addrstring):
    name, addr = email.utils.parseaddr(addrstring)
    if (name, addr) == ('', ''):
        if addrstring.strip().startswith('<'):
            return addrstring
        addr = addrstring
    return '<%s>' % addr


def _addr_only(addrstring):
    name, addr = email.utils.parseaddr(addrstring)
    return addr if (name, addr) != ('', '') else addrstring


def _fix_eols(data):
    return data.replace('\r\n', '\n').replace('\r', '\n').replace('\n', CRLF)


def _quote_periods(data):
    # a '.' that starts a line is doubled (bytes)
    data = data.replace(b'\n.', b'\n..')
    return b'.' + data if data[:1] == b'.' else data


def quotedata(data):
    data = _fix_eols(data).replace('\n.', '\n..')
    return '.' + data if data[:1] == '.' else data


class SMTP:
    debuglevel = 0
    sock = None
    file = None
    helo_resp = None
    ehlo_msg = 'ehlo'
    ehlo_resp = None
    does_esmtp = False
    default_port = SMTP_PORT

    def __init__(self, host='', port=0, local_hostname=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
        self._host = host
        self.timeout = timeout
        self.esmtp_features = {}
        self.command_encoding = 'ascii'
        self.source_address = source_address
        self._auth_challenge_count = 0
        if host:
            code, msg = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, msg)
        if local_hostname is None:
            local_hostname = socket.getfqdn()
            if '.' not in local_hostname:
                addr = '127.0.0.1'
                try:
                    addr = socket.gethostbyname(socket.gethostname())
                except OSError:
                    pass
                local_hostname = '[%s]' % addr
        self.local_hostname = local_hostname

    def __enter__(self):
        return self

    def __exit__(self, *args):
        try:
            code, msg = self.docmd('QUIT')
            if code != 221:
                raise SMTPResponseException(code, msg)
        except SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def _print_debug(self, *args):
        if self.debuglevel > 1:
            import datetime
            args = (datetime.datetime.now().time(),) + args
        print(*args, file=sys.stderr)

    def _debug(self, *args):
        if self.debuglevel > 0:
            self._print_debug(*args)

    def _get_socket(self, host, port, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        self._debug('connect: to', (host, port), self.source_address)
        return socket.create_connection((host, port), timeout, self.source_address)

    def connect(self, host='localhost', port=0, source_address=None):
        if source_address:
            self.source_address = source_address
        if not port and host.find(':') == host.rfind(':'):
            i = host.rfind(':')
            if i >= 0:
                host, port = host[:i], host[i + 1:]
                try:
                    port = int(port)
                except ValueError:
                    raise OSError('nonnumeric port')
        if not port:
            port = self.default_port
        self.sock = self._get_socket(host, port, self.timeout)
        self.file = None
        code, msg = self.getreply()
        self._debug('connect:', repr(msg))
        return code, msg

    def send(self, s):
        self._debug('send:', repr(s))
        if not self.sock:
            raise SMTPServerDisconnected('please run connect() first')
        if isinstance(s, str):
            s = s.encode(self.command_encoding)
        try:
            self.sock.sendall(s)
        except OSError:
            self.close()
            raise SMTPServerDisconnected('Server not connected')

    def putcmd(self, cmd, args=''):
        s = '%s %s' % (cmd, args) if args else cmd
        if '\r' in s or '\n' in s:
            raise ValueError('command and arguments contain prohibited newline characters: '
                             + s.replace('\n', '\\n').replace('\r', '\\r'))
        self.send(s + CRLF)

    def getreply(self):
        lines = []
        if self.file is None:
            self.file = self.sock.makefile('rb')
        while True:
            try:
                line = self.file.readline(_MAXLINE + 1)
            except OSError as e:
                self.close()
                raise SMTPServerDisconnected('Connection unexpectedly closed: ' + str(e))
            if not line:
                self.close()
                raise SMTPServerDisconnected('Connection unexpectedly closed')
            self._debug('reply:', repr(line))
            if len(line) > _MAXLINE:
                self.close()
                raise SMTPResponseException(500, 'Line too long.')
            lines.append(line[4:].strip(b' \t\r\n'))
            try:
                code = int(line[:3])
            except ValueError:
                code = -1
                break
            if line[3:4] != b'-':
                break
        msg = b'\n'.join(lines)
        self._debug('reply: retcode (%s); Msg: %a' % (code, msg))
        return code, msg

    def docmd(self, cmd, args=''):
        self.putcmd(cmd, args)
        return self.getreply()

    def helo(self, name=''):
        self.putcmd('helo', name or self.local_hostname)
        code, msg = self.getreply()
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name=''):
        self.esmtp_features = f = {}
        self.putcmd(self.ehlo_msg, name or self.local_hostname)
        code, msg = self.getreply()
        if code == -1 and not msg:
            self.close()
            raise SMTPServerDisconnected('Server not connected')
        self.ehlo_resp = msg
        if code != 250:
            return code, msg
        self.does_esmtp = True
        for line in msg.decode('latin-1').split('\n')[1:]:
            if line[:5].lower() == 'auth=':
                f['auth'] = f.get('auth', '') + ' ' + line[5:]
                continue
            k = 0
            while k < len(line) and (line[k].isascii() and line[k].isalnum() or k and line[k] == '-'):
                k += 1
            if k:
                name = line[:k].lower()
                rest = line[k:].strip()
                f[name] = f.get(name, '') + ' ' + rest if name == 'auth' else rest
        return code, msg

    def has_extn(self, opt):
        return opt.lower() in self.esmtp_features

    def help(self, args=''):
        self.putcmd('help', args)
        return self.getreply()[1]

    def rset(self):
        self.command_encoding = 'ascii'
        return self.docmd('rset')

    def _rset(self):
        try:
            self.rset()
        except SMTPServerDisconnected:
            pass

    def noop(self):
        return self.docmd('noop')

    def mail(self, sender, options=()):
        opts = ''
        if options and self.does_esmtp:
            if any(o.lower() == 'smtputf8' for o in options):
                if not self.has_extn('smtputf8'):
                    raise SMTPNotSupportedError('SMTPUTF8 not supported by server')
                self.command_encoding = 'utf-8'
            opts = ' ' + ' '.join(options)
        return self.docmd('mail', 'FROM:%s%s' % (quoteaddr(sender), opts))

    def rcpt(self, recip, options=()):
        opts = ' ' + ' '.join(options) if options and self.does_esmtp else ''
        return self.docmd('rcpt', 'TO:%s%s' % (quoteaddr(recip), opts))

    def data(self, msg):
        code, repl = self.docmd('data')
        self._debug('data:', (code, repl))
        if code != 354:
            raise SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        q = _quote_periods(msg)
        if q[-2:] != bCRLF:
            q += bCRLF
        self.send(q + b'.' + bCRLF)
        code, msg = self.getreply()
        self._debug('data:', (code, msg))
        return code, msg

    def verify(self, address):
        return self.docmd('vrfy', _addr_only(address))

    vrfy = verify

    def expn(self, address):
        return self.docmd('expn', _addr_only(address))

    def ehlo_or_helo_if_needed(self):
        if self.helo_resp is None and self.ehlo_resp is None:
            if not 200 <= self.ehlo()[0] <= 299:
                code, resp = self.helo()
                if not 200 <= code <= 299:
                    raise SMTPHeloError(code, resp)

    def auth(self, mechanism, authobject, *, initial_response_ok=True):
        mechanism = mechanism.upper()
        first = authobject() if initial_response_ok else None
        if first is None:
            code, resp = self.docmd('AUTH', mechanism)
            self._auth_challenge_count = 0
        else:
            code, resp = self.docmd('AUTH', mechanism + ' ' + _b64(first))
            self._auth_challenge_count = 1
        while code == 334:
            self._auth_challenge_count += 1
            code, resp = self.docmd(_b64(authobject(base64.decodebytes(resp))))
            if self._auth_challenge_count > _MAXCHALLENGE:
                raise SMTPException('Server AUTH mechanism infinite loop. Last response: '
                                    + repr((code, resp)))
        if code in (235, 503):
            return code, resp
        raise SMTPAuthenticationError(code, resp)

    def auth_cram_md5(self, challenge=None):
        if challenge is None:
            return None
        return self.user + ' ' + hmac.HMAC(self.password.encode('ascii'), challenge, 'md5').hexdigest()

    def auth_plain(self, challenge=None):
        return '\0%s\0%s' % (self.user, self.password)

    def auth_login(self, challenge=None):
        if challenge is None or self._auth_challenge_count < 2:
            return self.user
        return self.password

    def login(self, user, password, *, initial_response_ok=True):
        self.ehlo_or_helo_if_needed()
        if not self.has_extn('auth'):
            raise SMTPNotSupportedError('SMTP AUTH extension not supported by server.')
        offered = self.esmtp_features['auth'].split()
        methods = [m for m in ('CRAM-MD5', 'PLAIN', 'LOGIN') if m in offered]
        if not methods:
            raise SMTPException('No suitable authentication method found.')
        self.user, self.password = user, password
        for m in methods:
            try:
                code, resp = self.auth(m, getattr(self, 'auth_' + m.lower().replace('-', '_')),
                                       initial_response_ok=initial_response_ok)
                if code in (235, 503):
                    return code, resp
            except SMTPAuthenticationError as e:
                last = e
        raise last

    def starttls(self, *args, **kw):
        self.ehlo_or_helo_if_needed()
        if not self.has_extn('starttls'):
            raise SMTPNotSupportedError('STARTTLS extension not supported by server.')
        raise RuntimeError('No SSL support included in this Python (no ssl module)')

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        self.ehlo_or_helo_if_needed()
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        opts = []
        if self.does_esmtp:
            if self.has_extn('size'):
                opts.append('size=%d' % len(msg))
            opts += mail_options
        code, resp = self.mail(from_addr, opts)
        if code != 250:
            self._refused(code)
            raise SMTPSenderRefused(code, resp, from_addr)
        bad = {}
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code not in (250, 251):
                bad[each] = (code, resp)
            if code == 421:
                self.close()
                raise SMTPRecipientsRefused(bad)
        if len(bad) == len(to_addrs):
            self._rset()
            raise SMTPRecipientsRefused(bad)
        code, resp = self.data(msg)
        if code != 250:
            self._refused(code)
            raise SMTPDataError(code, resp)
        return bad

    def _refused(self, code):
        if code == 421:
            self.close()
        else:
            self._rset()

    def send_message(self, msg, from_addr=None, to_addrs=None,
                     mail_options=(), rcpt_options=()):
        self.ehlo_or_helo_if_needed()
        resent = msg.get_all('Resent-Date')
        if resent is None:
            pre = ''
        elif len(resent) == 1:
            pre = 'Resent-'
        else:
            raise ValueError("message has more than one 'Resent-' header block")
        if from_addr is None:
            from_addr = msg[pre + 'Sender'] if pre + 'Sender' in msg else msg[pre + 'From']
            from_addr = email.utils.getaddresses([from_addr])[0][1]
        if to_addrs is None:
            fields = [f for f in (msg[pre + 'To'], msg[pre + 'Bcc'], msg[pre + 'Cc']) if f is not None]
            to_addrs = [a[1] for a in email.utils.getaddresses(fields)]
        mcopy = copy.copy(msg)
        del mcopy['Bcc']
        del mcopy['Resent-Bcc']
        kw = {}
        if not ''.join([from_addr, *to_addrs]).isascii():
            if not self.has_extn('smtputf8'):
                raise SMTPNotSupportedError(
                    'One or more source or delivery addresses require internationalized email support, '
                    'but the server does not advertise the required SMTPUTF8 capability')
            kw['policy'] = msg.policy.clone(utf8=True)
            mail_options = (*mail_options, 'SMTPUTF8', 'BODY=8BITMIME')
        out = io.BytesIO()
        email.generator.BytesGenerator(out, **kw).flatten(mcopy, linesep='\r\n')
        return self.sendmail(from_addr, to_addrs, out.getvalue(), mail_options, rcpt_options)

    def close(self):
        f, self.file = self.file, None
        s, self.sock = self.sock, None
        try:
            if f:
                f.close()
        finally:
            if s:
                s.close()

    def quit(self):
        res = self.docmd('quit')
        self.ehlo_resp = self.helo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        self.close()
        return res


def _b64(text):
    return base64.b64encode(text.encode('ascii')).decode('ascii')


class SMTP_SSL(SMTP):
    default_port = SMTP_SSL_PORT

    def __init__(self, *args, **kw):
        raise RuntimeError('SMTP_SSL needs the ssl module, which this interpreter does not have')


class LMTP(SMTP):
    ehlo_msg = 'lhlo'

    def __init__(self, host='', port=LMTP_PORT, local_hostname=None,
                 source_address=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        super().__init__(host, port, local_hostname=local_hostname,
                         source_address=source_address, timeout=timeout)

    def connect(self, host='localhost', port=0, source_address=None):
        if host[0] != '/':
            return super().connect(host, port, source_address=source_address)
        if self.timeout is not None and not self.timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        try:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if self.timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                self.sock.settimeout(self.timeout)
            self.file = None
            self.sock.connect(host)
        except OSError:
            self._debug('connect fail:', host)
            if self.sock:
                self.sock.close()
            self.sock = None
            raise
        code, msg = self.getreply()
        self._debug('connect:', msg)
        return code, msg
