# a module without a docstring still has __doc__ = None
print(__doc__)
print('__doc__' in globals(), __name__)
