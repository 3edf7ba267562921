# http.server: HTTPServer, BaseHTTPRequestHandler, SimpleHTTPRequestHandler
# ThreadingHTTPServer (CPython's API, a subset: no CGI).
import html
import os
import socket
import socketserver
import sys
import time
from http import HTTPStatus
from http import client
from urllib.parse import quote, unquote, urlsplit

__all__ = ['HTTPServer', 'ThreadingHTTPServer', 'BaseHTTPRequestHandler', 'SimpleHTTPRequestHandler']

DEFAULT_ERROR_MESSAGE = """<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""
DEFAULT_ERROR_CONTENT_TYPE = 'text/html;charset=utf-8'

# Explanations only for the codes a server sends itself; others get the phrase.
_EXPLAIN = {400: 'Bad request syntax or unsupported method', 404: 'Nothing matches the given URI',
            501: 'Server does not support this operation', 505: 'Cannot fulfill request'}


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    sys_version = 'Python/' + sys.version.split()[0].rstrip(';')
    server_version = 'BaseHTTP/0.6'
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    protocol_version = 'HTTP/1.0'
    default_request_version = 'HTTP/0.9'
    MessageClass = client.HTTPMessage
    responses = {s.value: (s.phrase, _EXPLAIN.get(s.value, s.phrase)) for s in HTTPStatus}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def _bad(self, code, msg):
        self.send_error(code, msg)
        return False

    def parse_request(self):
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        self.requestline = line = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            ver = words[-1]
            num = ver[5:].split('.')
            if not (ver.startswith('HTTP/') and len(num) == 2
                    and all(p.isdigit() and len(p) <= 10 for p in num)):
                return self._bad(400, 'Bad request version (%r)' % ver)
            num = (int(num[0]), int(num[1]))
            if num >= (1, 1) and self.protocol_version >= 'HTTP/1.1':
                self.close_connection = False
            if num >= (2, 0):
                return self._bad(505, 'Invalid HTTP version (%s)' % ver[5:])
            self.request_version = ver
        if len(words) > 3:
            return self._bad(400, 'Bad request syntax (%r)' % line)
        if len(words) < 2:
            return self._bad(400, 'Bad request syntax (%r)' % line)
        self.command, self.path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if self.command != 'GET':
                return self._bad(400, 'Bad HTTP/0.9 request type (%r)' % self.command)
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = client.parse_headers(self.rfile, _class=self.MessageClass)
        except client.LineTooLong as e:
            self.send_error(431, 'Line too long', str(e))
            return False
        except client.HTTPException as e:
            self.send_error(431, 'Too many headers', str(e))
            return False
        conn = self.headers.get('Connection', '').lower()
        new = self.protocol_version >= 'HTTP/1.1'
        if conn == 'close':
            self.close_connection = True
        elif conn == 'keep-alive' and new:
            self.close_connection = False
        if (self.headers.get('Expect', '').lower() == '100-continue' and new
                and self.request_version >= 'HTTP/1.1'):
            return self.handle_expect_100()
        return True

    def handle_expect_100(self):
        self.send_response_only(100)
        self.end_headers()
        return True

    def handle_one_request(self):
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = self.request_version = self.command = ''
                self.send_error(414)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method = getattr(self, 'do_' + self.command, None)
            if method is None:
                self.send_error(501, 'Unsupported method (%r)' % self.command)
                return
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error('Request timed out: %r', e)
            self.close_connection = True

    def handle(self):
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        short, long = self.responses.get(code, ('???', '???'))
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error('code %d, message %s', code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (204, 205, 304):
            body = (self.error_message_format % {
                'code': code, 'message': html.escape(message, False),
                'explain': html.escape(explain, False)}).encode('utf-8', 'replace')
            self.send_header('Content-Type', self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def _out(self, text):
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(text.encode('latin-1'))

    def send_response_only(self, code, message=None):
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        self._out('%s %d %s\r\n' % (self.protocol_version, code, message))

    def send_header(self, keyword, value):
        self._out('%s: %s\r\n' % (keyword, value))
        if keyword.lower() == 'connection':
            value = value.lower()
            if value == 'close':
                self.close_connection = True
            elif value == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        self._out('\r\n')
        self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b''.join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        self.log_message('"%s" %s %s', self.requestline, str(int(code)) if isinstance(code, int) else code, str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        msg = format % args
        # Control characters escaped, and '\\' doubled so that the escapes are unambiguous.
        msg = ''.join(('\\\\' if c == '\\' else c) if 32 <= ord(c) < 127 or ord(c) > 159 else '\\x%02x' % ord(c)
                      for c in msg)
        sys.stderr.write('%s - - [%s] %s\n' % (self.address_string(), self.log_date_time_string(), msg))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        t = time.gmtime(time.time() if timestamp is None else timestamp)
        return '%s, %02d %s %d %02d:%02d:%02d GMT' % (
            self.weekdayname[t[6]], t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return '%02d/%3s/%04d %02d:%02d:%02d' % (t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    server_version = 'SimpleHTTP/0.6'
    extensions_map = {'.gz': 'application/gzip', '.Z': 'application/octet-stream',
                      '.bz2': 'application/x-bzip2', '.xz': 'application/x-xz'}

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            u = urlsplit(self.path)
            if not u.path.endswith('/'):
                self.send_response(301)
                loc = u.path + '/' + ('?' + u.query if u.query else '') + ('#' + u.fragment if u.fragment else '')
                self.send_header('Location', loc)
                self.send_header('Content-Length', '0')
                self.end_headers()
                return None
            for index in ('index.html', 'index.htm'):
                if os.path.isfile(os.path.join(path, index)):
                    path = os.path.join(path, index)
                    break
            else:
                return self.list_directory(path)
        if path.endswith('/'):
            self.send_error(404, 'File not found')
            return None
        try:
            f = open(path, 'rb')
        except OSError:
            self.send_error(404, 'File not found')
            return None
        try:
            st = os.stat(path)
            ims = self.headers.get('If-Modified-Since')
            if ims and 'If-None-Match' not in self.headers:
                from email.utils import parsedate_tz, mktime_tz
                t = parsedate_tz(ims)
                # As CPython: only a GMT date is compared, to whole seconds.
                if t and not t[9] and int(st[8]) <= mktime_tz(t):
                    f.close()
                    self.send_response(304)
                    self.end_headers()
                    return None
            self.send_response(200)
            self.send_header('Content-type', self.guess_type(path))
            self.send_header('Content-Length', str(st[6]))
            self.send_header('Last-Modified', self.date_time_string(st[8]))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(404, 'No permission to list directory')
            return None
        names.sort(key=lambda a: a.lower())
        title = 'Directory listing for ' + html.escape(unquote(self.path), False)
        out = ['<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>'
               '\n<body>\n<h1>%s</h1>\n<hr>\n<ul>' % (title, title)]
        for name in names:
            full = os.path.join(path, name)
            link = shown = name + '/' if os.path.isdir(full) else name
            if os.path.islink(full):
                shown = name + '@'
            out.append('<li><a href="%s">%s</a></li>' % (quote(link), html.escape(shown, False)))
        out.append('</ul>\n<hr>\n</body>\n</html>\n')
        import io
        body = '\n'.join(out).encode('utf-8', 'surrogateescape')
        self.send_response(200)
        self.send_header('Content-type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path):
        path = path.split('?', 1)[0].split('#', 1)[0]
        slash = path.rstrip().endswith('/')
        out = self.directory
        for w in os.path.normpath(unquote(path)).split('/'):
            if w and w not in ('.', '..'):
                out = os.path.join(out, w)
        return out + '/' if slash else out

    def copyfile(self, source, outputfile):
        while True:
            b = source.read(16384)
            if not b:
                break
            outputfile.write(b)

    def guess_type(self, path):
        ext = os.path.splitext(path)[1]
        m = self.extensions_map
        for e in (ext, ext.lower()):
            if e in m:
                return m[e]
        import mimetypes
        return mimetypes.guess_type(path)[0] or 'application/octet-stream'



if __name__ == '__main__':
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('--bind', '-b', metavar='ADDRESS', default='')
    ap.add_argument('--directory', '-d', default=os.getcwd())
    ap.add_argument('port', default=8000, type=int, nargs='?')
    a = ap.parse_args()
    handler = lambda *args: SimpleHTTPRequestHandler(*args, directory=a.directory)
    with ThreadingHTTPServer((a.bind, a.port), handler) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = '[%s]' % host if ':' in host else host
        print('Serving HTTP on %s port %d (http://%s:%d/) ...' % (host, port, url_host, port))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print('\nKeyboard interrupt received, exiting.')
