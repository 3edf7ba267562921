# SMTP_SSL and starttls() need TLS, which this interpreter does not have
# (no ssl module): both raise RuntimeError here, where CPython would start a
# TLS session -- hence the .exp file. starttls() first checks that the
# server offers STARTTLS, as CPython does.
import socket
import threading
import smtplib

lsock = socket.socket()
lsock.bind(('127.0.0.1', 0))
lsock.listen(1)
lsock.settimeout(10)
got = []


def serve():
    conn, _ = lsock.accept()
    f = conn.makefile('rb')
    conn.sendall(b'220 mx.test\r\n')
    while True:
        ln = f.readline().decode().strip()
        got.append(ln)
        if not ln or ln == 'quit':
            conn.sendall(b'221 bye\r\n')
            break
        conn.sendall(b'250-mx.test\r\n250 STARTTLS\r\n')
    conn.close()


t = threading.Thread(target=serve)
t.start()
s = smtplib.SMTP('127.0.0.1', lsock.getsockname()[1], local_hostname='client.test')
try:
    s.starttls()
except RuntimeError as e:
    print('RuntimeError', e)
print(s.has_extn('starttls'))
s.quit()
t.join()
lsock.close()
print(got)
try:
    smtplib.SMTP_SSL('127.0.0.1', 465)
except RuntimeError as e:
    print('RuntimeError', e)
print(issubclass(smtplib.SMTP_SSL, smtplib.SMTP), smtplib.SMTP_SSL.default_port)
