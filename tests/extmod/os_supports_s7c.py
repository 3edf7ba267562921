# os.supports_dir_fd / supports_fd / supports_follow_symlinks /
# supports_effective_ids: sets of os functions (CPython's test_glob and
# shutil look functions up in them).
import os

print(type(os.supports_dir_fd).__name__, os.supports_fd is os.supports_fd)
print(os.stat in os.supports_dir_fd, os.open in os.supports_dir_fd, os.mkdir in os.supports_dir_fd)
print(os.stat in os.supports_fd, os.chdir in os.supports_fd, os.truncate in os.supports_fd)
print(os.stat in os.supports_follow_symlinks, os.access in os.supports_follow_symlinks)
print(os.access in os.supports_effective_ids, os.stat in os.supports_effective_ids)
print(os.listdir in os.supports_dir_fd, hasattr(os, 'supports_nothing'))
try:
    os.supports_xyz
except AttributeError as e:
    print(e)
# Every function in the sets takes the argument.
fd = os.open('.', os.O_RDONLY)
try:
    print(os.stat('.', dir_fd=fd).st_ino == os.stat('.').st_ino)
    print(os.stat(fd).st_ino == os.stat('.').st_ino)
    print(os.access('.', os.R_OK, dir_fd=fd, effective_ids=True, follow_symlinks=False))
finally:
    os.close(fd)
