# Flags combined with one that is not accepted are refused as a whole.
# cmdline: -uZ -c "print('not run')"
