# email: a compact subset of CPython's email package. Frozen modules cannot be
# packages, so lib/email/<name>.py (message, parser, utils, errors, policy,
# generator, charset, encoders, mime) and lib/email/mime/<name>.py are bound
# as email.<name> on first import. Covered: header mapping, MIME parameters,
# parsing (with multipart bodies), dates and addresses, building MIME
# messages. Left out: decoding RFC 2047 encoded words (compat32 output writes
# non-ASCII header text as one), header folding on output, the content manager.


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
