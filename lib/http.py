# http: HTTPStatus and HTTPMethod (no descriptions: CPython's are its own
# prose, and they cost space). The submodule http.client is lib/http/client.py.
from enum import IntEnum, StrEnum

_T = ('100Continue,101Switching Protocols,102Processing,103Early '
      'Hints,200OK,201Created,202Accepted,203Non-Authoritative Information,204No Content,205Reset'
      ' Content,206Partial Content,207Multi-Status,208Already Reported,226IM Used,300Multiple '
      'Choices,301Moved Permanently,302Found,303See Other,304Not Modified,305Use '
      'Proxy,307Temporary Redirect,308Permanent Redirect,400Bad '
      'Request,401Unauthorized,402Payment Required,403Forbidden,404Not Found,405Method Not '
      'Allowed,406Not Acceptable,407Proxy Authentication Required,408Request '
      'Timeout,409Conflict,410Gone,411Length Required,412Precondition Failed,413Request Entity '
      'Too Large,414Request-URI Too Long,415Unsupported Media Type,416Requested Range Not '
      "Satisfiable,417Expectation Failed,418I'm a Teapot,421Misdirected Request,422Unprocessable "
      'Entity,423Locked,424Failed Dependency,425Too Early,426Upgrade Required,428Precondition '
      'Required,429Too Many Requests,431Request Header Fields Too Large,451Unavailable For Legal '
      'Reasons,500Internal Server Error,501Not Implemented,502Bad Gateway,503Service '
      'Unavailable,504Gateway Timeout,505HTTP Version Not Supported,506Variant Also '
      'Negotiates,507Insufficient Storage,508Loop Detected,510Not Extended,511Network '
      'Authentication Required').split(',')
HTTPStatus = IntEnum('HTTPStatus', [(e[3:].upper().replace("'", '').replace(' ', '_').replace('-', '_'), int(e[:3])) for e in _T])
HTTPStatus.__module__ = 'http'
for _e in _T:
    _m = HTTPStatus(int(_e[:3]))
    _m.phrase = _e[3:]
del _T, _e, _m
HTTPMethod = StrEnum('HTTPMethod', [(n, n) for n in 'CONNECT DELETE GET HEAD OPTIONS PATCH POST PUT TRACE'.split()])
HTTPMethod.__module__ = 'http'
HTTPMethod.__repr__ = lambda s: '<HTTPMethod.%s>' % s._name_
