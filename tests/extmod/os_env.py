# getenv/putenv/unsetenv and os.environ read and write the process environment
import os

print(os.getenv('MPTEST_NOT_SET'), os.getenv('MPTEST_NOT_SET', 'dflt'), 'MPTEST_NOT_SET' in os.environ)
os.environ['MPTEST_VAR'] = 'value'
print(os.getenv('MPTEST_VAR'), os.environ['MPTEST_VAR'], os.environ.get('MPTEST_VAR'), 'MPTEST_VAR' in os.environ)
print(os.environ.get('MPTEST_NOT_SET'), os.environ.get('MPTEST_NOT_SET', 5), 'MPTEST_VAR' in os.environ.keys())
del os.environ['MPTEST_VAR']
print(os.getenv('MPTEST_VAR'), 'MPTEST_VAR' in os.environ)
try:
    os.environ['MPTEST_VAR']
except KeyError:
    print('KeyError')
print(os.environ.setdefault('MPTEST_D', 'x'), os.environ.pop('MPTEST_D'), os.environ.pop('MPTEST_D', 'gone'))
print(isinstance(os.environ.copy(), dict), len(os.environ) > 0, os.sep, os.name)
