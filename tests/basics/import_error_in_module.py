# an exception raised while importing propagates to the importer
import sys
sys.path.insert(0, 'pkgs')
try:
    import imp_err
except ValueError as e:
    print('ValueError', e.args)
try:
    import imp_err
except ValueError:
    print('ValueError again')
