# hashlib.pbkdf2_hmac (RFC 6070 vectors and more) and hashlib.file_digest
import hashlib, io
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('SHA512', b'k' * 200, b'salt', 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'), 5, 7).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha384', password=b'', salt=b'', iterations=1).hex())
for args in (('nope', b'p', b's', 1), ('sha1', b'p', b's', 0), ('sha1', b'p', b's', 1, 0), ('sha1', 'p', b's', 1)):
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        # (CPython's unknown-name error is a subclass with OpenSSL's text)
        print('ValueError', e if args[0] != 'nope' else '')
    except TypeError as e:
        print('TypeError', e)
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), hashlib.md5).hexdigest())
