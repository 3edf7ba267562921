# smtplib.send_message of a MIME message (non-ASCII subject, a text part with
# lines that need dot-stuffing and From-mangling, a base64 attachment) against
# a small SMTP server on 127.0.0.1 that records every line it gets.
import socket, threading, smtplib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0)); srv.listen(1)
port = srv.getsockname()[1]
got = []
def serve():
    c, _ = srv.accept(); f = c.makefile('rb')
    c.sendall(b'220 hi\r\n')
    data = False
    while True:
        ln = f.readline()
        if not ln: break
        got.append(ln)
        if data:
            if ln == b'.\r\n': data = False; c.sendall(b'250 ok\r\n')
            continue
        v = ln[:4].upper()
        if v == b'DATA': data = True; c.sendall(b'354 go\r\n')
        elif v == b'QUIT': c.sendall(b'221 bye\r\n'); break
        else: c.sendall(b'250 ok\r\n')
    c.close()
t = threading.Thread(target=serve); t.start()
m = MIMEMultipart(boundary='BB')
m['Subject'] = 'Gr\xfc\xdfe'; m['From'] = 'a@x.org'; m['To'] = 'b@y.org, c@z.org'
m.attach(MIMEText('body\n.\nFrom here\n')); m.attach(MIMEApplication(b'\x00\x01', Name='x.bin'))
# (A fixed EHLO name: this host's getfqdn() is a reverse DNS lookup, which
# can take seconds on a CI Mac and give either interpreter another name.)
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.test') as s:
    print(s.send_message(m))
t.join()
srv.close()
for l in got: print(l)
