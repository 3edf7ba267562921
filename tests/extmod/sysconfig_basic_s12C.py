# sysconfig: the API shape that portable programs rely on. Values that differ
# by nature between interpreters (versions, install paths) are only checked
# for type and consistency with sys and os.
import os
import sys
import sysconfig

v = sysconfig.get_config_vars()
print(type(v).__name__, v is sysconfig.get_config_vars())
for k in ('prefix', 'exec_prefix', 'py_version_short', 'VERSION', 'EXE', 'abiflags'):
    print(k, type(sysconfig.get_config_var(k)).__name__)
print(sysconfig.get_config_var('prefix') == sys.prefix)
print(sysconfig.get_config_var('exec_prefix') == sys.exec_prefix)
print(sysconfig.get_config_var('no such var'))
print(sysconfig.get_config_vars('no such var', 'other'))
print(sysconfig.get_config_vars('prefix')[0] == sys.prefix)
print(sysconfig.get_config_var('Py_DEBUG'))
print(sysconfig.get_config_var('SIZEOF_VOID_P') * 8 == sys.maxsize.bit_length() + 1)
print(sysconfig.get_python_version() == '%d.%d' % sys.version_info[:2])
print(sysconfig.get_config_var('py_version_nodot') == '%d%d' % sys.version_info[:2])
u = os.uname()
# CPython names a macOS build 'macosx-<its deployment target>-<arch>' (from
# its own build settings): the form is compared on Linux only.
if sys.platform == 'linux':
    print(sysconfig.get_platform() == '%s-%s' % (u.sysname.lower(), u.machine))
else:
    print(type(sysconfig.get_platform()).__name__)
print(sysconfig.is_python_build())
print('posix_prefix' in sysconfig.get_scheme_names(), sysconfig.get_default_scheme())
p = sysconfig.get_paths()
for k in ('purelib', 'platlib', 'stdlib', 'platstdlib', 'scripts', 'data'):
    print(k, type(p[k]).__name__, p[k] == sysconfig.get_path(k), k in sysconfig.get_path_names())
print(sysconfig.get_path('data', vars={'base': '/X'}) == '/X')
print(sysconfig.get_paths(expand=False)['data'])
for bad in (lambda: sysconfig.get_path('nope'), lambda: sysconfig.get_paths('nope')):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
