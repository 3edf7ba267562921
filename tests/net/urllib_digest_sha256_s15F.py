# Digest authentication with RFC 7616's SHA-256. CPython 3.11 only knows MD5
# and SHA (it raises ValueError here); we support SHA-256 too, hence the .exp.
import hashlib
import urllib.request as ur

h = ur.HTTPDigestAuthHandler()
h.add_password('R', 'http://h/', 'u', 'p')
req = ur.Request('http://h/x')
for qop in (None, 'auth'):
    chal = {'realm': 'R', 'nonce': 'n', 'algorithm': 'SHA-256'}
    if qop:
        chal['qop'] = qop
    d = ur.parse_keqv_list(ur.parse_http_list(h.get_authorization(req, chal)))
    H = lambda s: hashlib.sha256(s.encode()).hexdigest()
    said = 'n:' + (d['nc'] + ':' + d['cnonce'] + ':auth:' if qop else '') + H('GET:/x')
    print(d['algorithm'], d.get('qop'), len(d['response']), d['response'] == H(H('u:R:p') + ':' + said))
