# EmailMessage under the default policies writes non-ASCII header text as
# RFC 2047 words on output (as_string/as_bytes, smtplib), from the first to
# the last non-ASCII word before an address delimiter, Q unless base64 is
# 5 or more shorter; str() and the utf8 policies keep the text.
import email.policy
from email.message import EmailMessage

for k, v in (("Subject", "plain ascii"), ("Subject", "été"), ("Subject", "a  ü  b"),
             ("Subject", "中文标题测试"), ("Subject", "x ü y ö z"), ("Subject", "Grüße aus Köln"),
             ("Subject", "Re: [list] ça va? (oui)"), ("To", "Jörg <j@x.org>, Zoë Ünd <z@x.org>"),
             ("Cc", "plain <p@x.org>, Jörg M <j@x.org>"), ("X-Tag", "a,b,ü")):
    m = EmailMessage()
    m[k] = v
    m.set_content("b")
    print(m.as_string().split("\n")[0])
print(m.as_bytes(policy=email.policy.SMTP).split(b"\r\n")[0])
print(m.as_bytes(policy=email.policy.SMTPUTF8).split(b"\r\n")[0])
print(str(m).split("\n")[0])
