# sys.path is a mutable list of strings
import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
sys.path.append('added_path_q')
print(sys.path[-1])
sys.path.pop()
print('added_path_q' in sys.path)
