# distutils: only distutils.version (lib/distutils/version.py), which older
# libraries use to compare server versions.
