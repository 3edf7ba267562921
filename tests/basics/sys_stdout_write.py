# sys.stdout.write returns the number of characters written
import sys
n = sys.stdout.write('hello\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
print(sys.stdout.write(''))
sys.stdout.write('a' + 'b' * 3 + '\n')
print('after')
