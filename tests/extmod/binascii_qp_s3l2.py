# binascii quoted-printable codec (s3 conformance sweep)
import binascii

enc_cases = [
    b"", b"hello world", b"a=b", b"tab\tend\t", b"space end ", b".", b".\n", b"x.\n.",
    b"line1\nline2 \nline3\t\n", b"crlf\r\nnext \r\n", b"\x00\x7f\x80\xff", b"under_score here",
    b"x" * 80, b"y" * 75 + b"=" + b"z" * 10, b"a \nb", b"\r", b"lone\rcr",
]
for d in enc_cases:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        e = binascii.b2a_qp(d, **kw)
        print(e, binascii.a2b_qp(e, header=kw.get("header", False)) == d)

dec_cases = [
    b"=", b"==", b"=AX", b"=ab", b"=AB=cd", b"soft=\nbreak", b"soft=\r\nbreak", b"soft=\rxx\nbreak",
    b"a_b", b"=00\r\n=00", b"end=", b"=4", b"x=\n",
]
for d in dec_cases:
    print(d, binascii.a2b_qp(d), binascii.a2b_qp(d, header=True))
print(binascii.a2b_qp(data=b"a=3Db", header=False), binascii.a2b_qp("a_b", True))
print(binascii.b2a_qp(data=b"a b", quotetabs=True, istext=True, header=False))
