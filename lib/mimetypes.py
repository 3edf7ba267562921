# mimetypes: map file names and URLs to MIME types and back (CPython 3.11's
# API). As CPython does, the first lookup also reads the system's mime.types
# files that exist; the built-in table (mime.types format, preferred
# extension first) covers the common types. No Windows registry, no CLI.
import os
import posixpath

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions', 'guess_extension',
           'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map', 'types_map', 'common_types']

knownfiles = ['/etc/mime.types', '/etc/httpd/mime.types', '/etc/httpd/conf/mime.types',
              '/etc/apache/mime.types', '/etc/apache2/mime.types', '/usr/local/etc/httpd/conf/mime.types',
              '/usr/local/lib/netscape/mime.types', '/usr/local/etc/mime.types']
inited = False
_db = None

_TYPES = '''
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/octet-stream bin a dll exe o obj so
application/pdf pdf
application/postscript ps ai eps
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-dvi dvi
application/x-hdf5 h5
application/x-latex latex
application/x-python-code pyc
application/x-sh sh
application/x-tar tar
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/jpeg jpg jpe jpeg
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/plain txt bat c h ksh pl
text/tab-separated-values tsv
text/x-python py
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
'''
_COMMON = '''
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
'''


class MimeTypes:
    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self._fill()
        for name in filenames:
            self.read(name, strict)

    def _fill(self):
        self.encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
        self.suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
                           '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        self._table(_TYPES.splitlines(), True)
        self._table(_COMMON.splitlines(), False)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        url = os.fspath(url)
        head, sep, rest = url.partition(':')
        if sep and head and '/' not in head:
            if head.lower() == 'data':
                # data:[<mediatype>][;base64],<data>
                comma = rest.find(',')
                if comma < 0:
                    return None, None
                semi = rest.find(';', 0, comma)
                t = rest[:semi if semi >= 0 else comma]
                return ('text/plain' if '=' in t or '/' not in t else t), None
            url = rest
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        enc = self.encodings_map.get(ext)
        if enc:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        t = self.types_map[True].get(ext)
        if t is None and not strict:
            t = self.types_map[False].get(ext)
        return t, enc

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            exts += [e for e in self.types_map_inv[False].get(type, []) if e not in exts]
        return exts

    def guess_extension(self, type, strict=True):
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        self._table(fp, strict)

    def _table(self, lines, strict):
        for line in lines:
            words = line.split('#', 1)[0].split()
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        pass


def guess_type(url, strict=True):
    return (_db or init()).guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return (_db or init()).guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return (_db or init()).guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return (_db or init()).add_type(type, ext, strict)


def init(files=None):
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for f in files:
        if os.path.isfile(f):
            db.read(f)
    _publish(db)
    _db = db
    return db


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _publish(db):
    global encodings_map, suffix_map, types_map, common_types
    encodings_map, suffix_map = db.encodings_map, db.suffix_map
    common_types, types_map = db.types_map


def _default_mime_types():
    # Before init() the module's maps are the built-in defaults.
    db = MimeTypes.__new__(MimeTypes)
    db._fill()
    _publish(db)


_default_mime_types()
