# email.errors: the exceptions and the parser's defect classes.


class MessageError(Exception):
    pass


class MessageParseError(MessageError):
    pass


class HeaderParseError(MessageParseError):
    pass


class BoundaryError(MessageParseError):
    pass


class MultipartConversionError(MessageError, TypeError):
    pass


class CharsetError(MessageError):
    pass


class MessageDefect(ValueError):
    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class HeaderDefect(MessageDefect):
    pass


def _make(names, base):
    g = globals()
    for n in names.split():
        g[n] = type(n, (base,), {'__module__': __name__})


_make('NoBoundaryInMultipartDefect StartBoundaryNotFoundDefect CloseBoundaryNotFoundDefect '
      'FirstHeaderLineIsContinuationDefect MisplacedEnvelopeHeaderDefect MissingHeaderBodySeparatorDefect '
      'MultipartInvariantViolationDefect InvalidMultipartContentTransferEncodingDefect '
      'UndecodableBytesDefect InvalidBase64PaddingDefect InvalidBase64CharactersDefect '
      'InvalidBase64LengthDefect', MessageDefect)
_make('InvalidHeaderDefect HeaderMissingRequiredValue ObsoleteHeaderDefect NonASCIILocalPartDefect '
      'InvalidDateDefect', HeaderDefect)
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
