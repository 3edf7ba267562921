# http.HTTPMethod (3.11): a StrEnum of the request methods.
from http import HTTPMethod, HTTPStatus

print(list(HTTPMethod), len(HTTPMethod))
print(HTTPMethod.GET == 'GET', str(HTTPMethod.POST), repr(HTTPMethod.PUT), f'{HTTPMethod.HEAD}')
print(HTTPMethod('PATCH'), HTTPMethod['TRACE'].value, HTTPMethod.OPTIONS.name, isinstance(HTTPMethod.GET, str))
print(HTTPMethod.__module__, HTTPStatus.__module__, 'GET' in HTTPMethod.__members__, HTTPMethod.DELETE.lower())
try:
    HTTPMethod('get')
except ValueError:
    print('ValueError')
