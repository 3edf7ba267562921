# EmailMessage as scripts send it: add_attachment() turns a single part into
# multipart/mixed (bytes as base64, str as text), and sent through smtplib.
import email.policy
from email import message_from_bytes
from email.message import EmailMessage

m = EmailMessage()
m["Subject"] = "Weekly: report"
m["From"] = "Zoe <z@example.org>"
m["To"] = "plain <p@example.org>, Jorg M <j@example.org>"
m.set_content("Body text\nline 2\n")
m.add_attachment(b"\x00\x01binary" * 10, maintype="application", subtype="octet-stream", filename="x.bin")
m.add_attachment("a,b\n1,2\n", subtype="csv", filename="t.csv")
m.set_boundary("BOUNDARY")
print(m.as_string())
print(m.as_bytes(policy=email.policy.SMTP)[:120])
print(m.is_multipart(), m.get_content_type(), [(p.get_filename(), p.is_attachment()) for p in m.walk()])
r = message_from_bytes(m.as_bytes(), policy=email.policy.default)
for part in r.walk():
    print(part.get_content_type(), part.get_filename(), None if part.is_multipart() else part.get_payload(decode=True)[:12])

# no content yet: the attachment is the only part
e = EmailMessage()
e.add_attachment(b"zz", maintype="image", subtype="png", filename="p.png")
e.set_boundary("B2")
print(e.as_string())

# the same message through smtplib to a loopback SMTP server
import smtplib
import socket
import threading

ls = socket.socket()
ls.bind(("127.0.0.1", 0))
ls.listen()
got = []


def server():
    c, _ = ls.accept()
    f = c.makefile("rwb")
    f.write(b"220 fake\r\n")
    f.flush()
    while True:
        line = f.readline()
        if not line:
            break
        cmd = line.strip().upper()
        if cmd.startswith(b"EHLO"):
            f.write(b"250-fake\r\n250 SIZE 100000\r\n")
        elif cmd == b"DATA":
            f.write(b"354 go\r\n")
            f.flush()
            body = []
            while True:
                line = f.readline()
                if line == b".\r\n":
                    break
                body.append(line)
            got.append(b"".join(body))
            f.write(b"250 queued\r\n")
        elif cmd == b"QUIT":
            f.write(b"221 bye\r\n")
            f.flush()
            break
        else:
            got.append(line.strip())
            f.write(b"250 ok\r\n")
        f.flush()
    f.close()
    c.close()


t = threading.Thread(target=server)
t.start()
m = EmailMessage()
m["Subject"] = "files"
m["From"] = "a@example.org"
m["To"] = "b@example.org"
m.set_content("see attached\n.dot line\n")
m.add_attachment(bytes(range(200)), maintype="application", subtype="octet-stream", filename="x.bin")
m.set_boundary("SEP")
with smtplib.SMTP("127.0.0.1", ls.getsockname()[1], timeout=3) as s:
    print(s.send_message(m))
t.join()
ls.close()
print(got[:-1])
print(got[-1].decode())
