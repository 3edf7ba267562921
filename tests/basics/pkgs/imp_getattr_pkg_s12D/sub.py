# a submodule, found by `from pkg import sub` although the package's
# __getattr__ raises AttributeError for it
X = 5
