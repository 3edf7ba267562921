# cpytest stub, used only when running our interpreter (which has no wsgiref):
# test_asyncio's utils.py subclasses these two classes when it is imported, so
# without them no test_asyncio module that uses it loads. A test that really
# starts a WSGI server skips itself at that point.
import unittest
from http.server import HTTPServer, BaseHTTPRequestHandler


class WSGIServer(HTTPServer):
    def __init__(self, *args, **kwargs):
        raise unittest.SkipTest('wsgiref is not available')


class WSGIRequestHandler(BaseHTTPRequestHandler):
    pass
