# email.mime: the MIME message classes. They all live here; the submodules
# email.mime.text etc. (lib/email/mime/*.py) only re-export them.
from email.message import Message
from email import encoders


class MIMEBase(Message):
    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        super().__init__(policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'


class MIMENonMultipart(MIMEBase):
    def attach(self, payload):
        from email.errors import MultipartConversionError
        raise MultipartConversionError('Cannot attach additional subparts to non-multipart/*')


class MIMEMultipart(MIMEBase):
    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None, **_params):
        super().__init__('multipart', _subtype, policy=policy, **_params)
        self._payload = []
        for p in _subparts or ():
            self.attach(p)
        if boundary:
            self.set_boundary(boundary)


class MIMEText(MIMENonMultipart):
    def __init__(self, _text, _subtype='plain', _charset=None, *, policy=None):
        if _charset is None:
            _charset = 'us-ascii' if _text.isascii() else 'utf-8'
        super().__init__('text', _subtype, policy=policy, charset=str(_charset))
        self.set_payload(_text, _charset)


class MIMEApplication(MIMENonMultipart):
    def __init__(self, _data, _subtype='octet-stream', _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        super().__init__('application', _subtype, policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)


def _guess(h, kind):
    # The subtype that the data's first bytes say, as CPython's common cases.
    if kind == 'image':
        for t, k in (('jpeg', h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb'),
                     ('png', h[:8] == b'\x89PNG\r\n\x1a\n'), ('gif', h[:6] in (b'GIF87a', b'GIF89a')),
                     ('tiff', h[:2] in (b'MM', b'II')), ('bmp', h[:2] == b'BM'),
                     ('webp', h[:4] == b'RIFF' and h[8:12] == b'WEBP')):
            if k:
                return t
        raise TypeError('Could not guess image MIME subtype')
    for t, k in (('x-aiff', h[:4] == b'FORM' and h[8:12] in (b'AIFC', b'AIFF')), ('basic', h[:4] == b'.snd'),
                 ('x-wav', h[:4] == b'RIFF' and h[8:16] == b'WAVEfmt ')):
        if k:
            return t
    raise TypeError('Could not find audio MIME subtype')


class MIMEImage(MIMENonMultipart):
    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64, *, policy=None, **_params):
        MIMENonMultipart.__init__(self, self._kind, _subtype or _guess(_imagedata, self._kind), policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
    _kind = 'image'


class MIMEAudio(MIMENonMultipart):
    __init__ = MIMEImage.__init__
    _kind = 'audio'


class MIMEMessage(MIMENonMultipart):
    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if not isinstance(_msg, Message):
            raise TypeError('Argument is not an instance of Message')
        Message.attach(self, _msg)
        self.set_default_type('message/rfc822')
