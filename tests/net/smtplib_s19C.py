# smtplib against a small SMTP server on 127.0.0.1 (a thread per session)
# that records every command it gets and answers from a script.
import base64
import hmac
import io
import os
import socket
import sys
import tempfile
import threading
import smtplib
import email.message

LOG = []
OPTS = {}


def serve(conn):
    f = conn.makefile('rb')

    def say(*lines):
        for ln in lines[:-1]:
            conn.sendall(ln[:3].encode() + b'-' + ln[4:].encode() + b'\r\n')
        conn.sendall(lines[-1].encode() + b'\r\n')

    def get():
        ln = f.readline()
        if ln:
            LOG.append(ln.decode().rstrip('\r\n'))
        return ln.decode().rstrip('\r\n')

    def b64(s):
        return base64.b64encode(s.encode()).decode()

    def unb64(s):
        return base64.b64decode(s).decode()

    say(OPTS.get('greeting', '220 mx.test ESMTP ready'))
    if OPTS.get('hangup'):
        get()
        conn.close()
        return
    while True:
        cmd = get()
        if not cmd:
            break
        verb, _, arg = cmd.partition(' ')
        verb = verb.upper()
        if verb in ('EHLO', 'LHLO'):
            if OPTS.get('noehlo'):
                say('502 5.5.2 no ehlo here')
            else:
                say('250 mx.test greets ' + arg, *['250 ' + x for x in OPTS.get('features', ['SIZE 1000', '8BITMIME', 'HELP'])])
        elif verb == 'HELO':
            say('250 mx.test')
        elif verb == 'AUTH':
            mech, _, first = arg.partition(' ')
            LOG.append('  mechanism %s' % mech)
            if mech == 'PLAIN':
                if not first:
                    say('334 ')
                    first = get()
                LOG.append('  plain %r' % unb64(first))
                ok = unb64(first).split('\0')[2] == 'secret'
            elif mech == 'LOGIN':
                if not first:
                    say('334 ' + b64('Username:'))
                    first = get()
                say('334 ' + b64('Password:'))
                pw = unb64(get())
                LOG.append('  login %r %r' % (unb64(first), pw))
                ok = pw == 'secret'
            elif mech == 'CRAM-MD5':
                ch = '<1896.697170952@mx.test>'
                say('334 ' + b64(ch))
                user, _, digest = unb64(get()).partition(' ')
                ok = digest == hmac.HMAC(b'secret', ch.encode(), 'md5').hexdigest()
                LOG.append('  cram %r %s' % (user, ok))
            else:
                ok = False
            say('235 2.7.0 accepted' if ok else '535 5.7.8 bad credentials')
        elif verb == 'MAIL':
            say('550 sender refused' if 'spammer' in arg else '421 closing' if 'close' in arg else '250 ok')
        elif verb == 'RCPT':
            say('550 no such user' if 'nobody' in arg else '251 forwarded' if 'fwd' in arg else '250 ok')
        elif verb == 'DATA':
            say(OPTS.get('data', '354 end with .'))
            if OPTS.get('data'):
                continue
            body = b''
            while True:
                ln = f.readline()
                if ln in (b'.\r\n', b''):
                    break
                body += ln
            LOG.append('  body %r' % body)
            say('554 rejected' if b'virus' in body else '250 2.0.0 queued')
        elif verb == 'VRFY':
            say('252 cannot verify ' + arg)
        elif verb == 'EXPN':
            say('250-first <a@x>', '250 second <b@x>')
        elif verb in ('NOOP', 'RSET'):
            say('250 ok')
        elif verb == 'HELP':
            say('214-commands:', '214 HELO EHLO MAIL RCPT DATA')
        elif verb == 'QUIT':
            say('221 bye')
            break
        else:
            say('500 5.5.1 unknown command')
    conn.close()


class Session:
    def __init__(self, family=socket.AF_INET, path=None, **opts):
        OPTS.clear()
        OPTS.update(opts)
        del LOG[:]
        self.lsock = socket.socket(family, socket.SOCK_STREAM)
        if path:
            self.lsock.bind(path)
        else:
            self.lsock.bind(('127.0.0.1', 0))
            self.port = self.lsock.getsockname()[1]
        self.lsock.listen(1)
        self.lsock.settimeout(10)
        self.t = threading.Thread(target=self.run)
        self.t.start()

    def run(self):
        conn, _ = self.lsock.accept()
        conn.settimeout(10)
        serve(conn)

    def end(self):
        self.t.join()
        self.lsock.close()
        for ln in LOG:
            print('  >', ln)


def err(e):
    print('  ', type(e).__name__, e.args, [getattr(e, a, '-') for a in ('smtp_code', 'smtp_error', 'sender', 'recipients')])


print('-- basic session')
srv = Session()
s = smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test')
print(s.local_hostname, s.sock.gettimeout(), s.does_esmtp)
print(s.ehlo())
print(sorted(s.esmtp_features.items()), s.does_esmtp, s.has_extn('size'), s.has_extn('AUTH'))
print(s.noop(), s.verify('Joe <joe@example.org>'), s.expn('list'), s.help())
print(s.docmd('XYZZY', 'plugh'), s.rset())
print(s.sendmail('me@example.org', ['you@example.org', 'fwd@example.org'],
                 'Subject: hi\n\n.leading dot\nline\r\n..two\rend'))
print(s.sendmail('me@example.org', 'you@example.org', b'no newline at end',
                 mail_options=['BODY=8BITMIME']))
print(s.sendmail('me@example.org', ['you@example.org', 'nobody@example.org'], 'x\r\n'))
print(s.quit(), s.sock, s.file, s.does_esmtp, s.ehlo_resp)
srv.end()

print('-- send_message')
srv = Session()
m = email.message.Message()
m['From'] = 'Me <me@example.org>'
m['To'] = 'You <you@example.org>, other@example.org'
m['Cc'] = 'cc@example.org'
m['Bcc'] = 'hidden@example.org'
m['Subject'] = 'test'
m.set_payload('Hello\n.\n..\nbye\n')
with smtplib.SMTP('127.0.0.1:%d' % srv.port, local_hostname='client.test', timeout=7) as s:
    print(s.sock.gettimeout())
    print(s.send_message(m))
    print(m['Bcc'])
    print(s.send_message(m, from_addr='x@example.org', to_addrs=['y@example.org']))
    m['Resent-Date'] = 'today'
    m['Resent-From'] = 'resender@example.org'
    m['Resent-To'] = 'r1@example.org'
    print(s.send_message(m))
    m['Resent-Date'] = 'again'
    try:
        s.send_message(m)
    except ValueError as e:
        print('ValueError', e)
srv.end()

print('-- errors')
srv = Session(features=['SIZE'])
s = smtplib.SMTP(local_hostname='client.test')
print(s.connect('127.0.0.1', srv.port))
for args in (('spammer@example.org', ['a@x']), ('me@x', ['nobody@x', 'nobody2@x']),
             ('me@x', ['a@x'], 'virus inside')):
    if len(args) == 2:
        args += ('body',)
    try:
        s.sendmail(*args)
    except smtplib.SMTPException as e:
        err(e)
try:
    s.login('u', 'p')
except smtplib.SMTPNotSupportedError as e:
    err(e)
try:
    s.starttls()
except smtplib.SMTPNotSupportedError as e:
    err(e)
try:
    s.putcmd('NOOP', 'a\nb')
except ValueError as e:
    print('  ValueError', e)
try:
    s.sendmail('close@x', ['a@x'], 'z')
except smtplib.SMTPSenderRefused as e:
    err(e)
print(s.sock)
try:
    s.noop()
except smtplib.SMTPServerDisconnected as e:
    err(e)
srv.end()

print('-- helo fallback, data refused')
srv = Session(noehlo=True, data='451 try later')
s = smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test')
try:
    s.sendmail('me@x', ['a@x'], 'hello')
except smtplib.SMTPDataError as e:
    err(e)
print(s.helo_resp, s.ehlo_resp, s.does_esmtp, s.esmtp_features)
s.quit()
srv.end()

print('-- greeting refused, hang-up')
srv = Session(greeting='554 go away')
try:
    smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test')
except smtplib.SMTPConnectError as e:
    err(e)
srv.end()
srv = Session(hangup=True)
s = smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test')
try:
    s.ehlo()
except smtplib.SMTPServerDisconnected as e:
    err(e)
print(s.sock)
srv.end()
try:
    smtplib.SMTP('127.0.0.1', 1, local_hostname='client.test', timeout=0)
except ValueError as e:
    print('ValueError', e)

print('-- login')
for mechs, pw, iro in (('PLAIN LOGIN', 'secret', True), ('LOGIN', 'secret', True),
                       ('LOGIN', 'secret', False), ('CRAM-MD5 PLAIN', 'secret', True),
                       ('PLAIN', 'wrong', True), ('PLAIN', 'secret', False),
                       ('XOAUTH2', 'secret', True)):
    srv = Session(features=['AUTH ' + mechs])
    s = smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test')
    try:
        print(mechs, s.login('user', pw, initial_response_ok=iro))
    except smtplib.SMTPException as e:
        err(e)
    s.quit()
    srv.end()
srv = Session(features=['AUTH=LOGIN PLAIN', 'AUTH CRAM-MD5'])
s = smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test')
s.ehlo('other.name')
print(s.esmtp_features)
print(s.login('user', 'secret'))
s.close()
s.close()
srv.end()

print('-- debug output')
srv = Session()
old = sys.stderr
sys.stderr = io.StringIO()
try:
    s = smtplib.SMTP('127.0.0.1', srv.port, local_hostname='client.test', source_address=('127.0.0.1', 0))
    s.set_debuglevel(1)
    s.noop()
    s.quit()
finally:
    out, sys.stderr = sys.stderr.getvalue(), old
print([ln for ln in out.splitlines() if ln.startswith(('send:', 'reply:'))])
print(s.source_address)
srv.end()

print('-- LMTP')
srv = Session()
s = smtplib.LMTP('127.0.0.1', srv.port, local_hostname='client.test')
print(s.ehlo_msg, s.ehlo()[0], s.sendmail('me@x', ['a@x'], 'lmtp'))
s.quit()
srv.end()
if hasattr(socket, 'AF_UNIX'):
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'lmtp.sock')
    srv = Session(socket.AF_UNIX, path)
    s = smtplib.LMTP(path, local_hostname='client.test')
    print(s.noop())
    s.quit()
    srv.end()
    os.unlink(path)
    os.rmdir(d)

print('-- helpers')
print(smtplib.quoteaddr('Joe <joe@x.org>'), smtplib.quoteaddr(''), smtplib.quoteaddr('<>'),
      smtplib.quoteaddr('plain'), repr(smtplib.quotedata('.a\nb\r.c\r\n..d')))
for name in ('SMTPNotSupportedError', 'SMTPServerDisconnected', 'SMTPSenderRefused',
             'SMTPRecipientsRefused', 'SMTPDataError', 'SMTPConnectError', 'SMTPHeloError',
             'SMTPAuthenticationError'):
    c = getattr(smtplib, name)
    print(name, [b.__name__ for b in c.__mro__[1:-2]])
e = smtplib.SMTPResponseException(550, b'no')
print(str(e), e.args, e.errno)
print(smtplib.SMTP_PORT, smtplib.SMTP_SSL_PORT, smtplib.LMTP_PORT, smtplib.CRLF == '\r\n')
