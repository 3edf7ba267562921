# cpytest stub: hashlib helpers
def requires_hashdigest(digestname, openssl=None, usedforsecurity=True):
    import unittest
    import hashlib
    try:
        hashlib.new(digestname)
    except (ValueError, AttributeError, TypeError):
        return unittest.skip('hash %r not available' % digestname)
    return lambda f: f
