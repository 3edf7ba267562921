# user-defined exception hierarchies and handler selection
class Base(Exception): pass
class NetError(Base): pass
class Timeout(NetError): pass
class ParseError(Base, ValueError): pass
def handle(exc):
    try:
        raise exc
    except Timeout:
        return 'timeout'
    except NetError:
        return 'net'
    except ValueError:
        return 'value'
    except Base:
        return 'base'
for exc in (Timeout, NetError(), ParseError('p'), Base, ValueError):
    print(handle(exc))
print(isinstance(ParseError(), Base), isinstance(ParseError(), ValueError))
