# sysconfig: what this interpreter can honestly say about its build and
# install layout. There is no Makefile or pyconfig.h to parse and no C
# extension modules to load, so SOABI, EXT_SUFFIX, CC and the like are left
# out and read as None (as any name CPython does not know). Libraries go to
# ~/.micropython/lib (the sys.path default); scripts and data sit under
# sys.prefix like CPython's posix_prefix scheme. No include directories.

import os
import sys

_V = None
_S = ('posix_prefix', 'posix_user')
_P = {'stdlib': '{userbase}/lib', 'platstdlib': '{userbase}/lib',
      'purelib': '{userbase}/lib', 'platlib': '{userbase}/lib',
      'scripts': '{base}/bin', 'data': '{base}'}


def get_config_vars(*args):
    global _V
    if _V is None:
        import struct
        v = sys.version_info
        s = '%d.%d' % v[:2]
        _V = {'prefix': sys.prefix, 'exec_prefix': sys.exec_prefix,
              'base': sys.prefix, 'platbase': sys.exec_prefix,
              'installed_base': sys.base_prefix,
              'installed_platbase': sys.base_exec_prefix,
              'userbase': os.path.expanduser('~/.micropython'),
              'BINDIR': sys.prefix + '/bin', 'EXE': '', 'abiflags': '',
              'py_version': '%d.%d.%d' % v[:3], 'py_version_short': s,
              'py_version_nodot': s.replace('.', ''), 'VERSION': s,
              'MACHDEP': sys.platform, 'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0,
              'WITH_PYMALLOC': 0, 'HAVE_FORK': int(hasattr(os, 'fork')),
              'SIZEOF_INT': struct.calcsize('i'),
              'SIZEOF_LONG': struct.calcsize('l'),
              'SIZEOF_VOID_P': struct.calcsize('P'),
              'SIZEOF_SIZE_T': struct.calcsize('N')}
    if args:
        return [_V.get(a) for a in args]
    return _V


def get_config_var(name):
    return get_config_vars().get(name)


def get_platform():
    u = os.uname()
    return '%s-%s' % (u[0].lower().replace('/', ''),
                      u[4].replace(' ', '_').replace('/', '-'))


def get_python_version():
    return get_config_var('py_version_short')


def is_python_build(check_home=None):
    return False


def get_scheme_names():
    return _S


def get_default_scheme():
    return _S[0]


def get_paths(scheme=_S[0], vars=None, expand=True):
    if scheme not in _S:
        raise KeyError(scheme)
    if not expand:
        return dict(_P)
    d = dict(get_config_vars())
    if vars:
        d.update(vars)
    return {k: v.format_map(d) for k, v in _P.items()}


def get_path(name, scheme=_S[0], vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_path_names():
    return tuple(_P)
