# slices with huge, negative and None bounds on all sequence types
big = 2**70
for seq in ([0, 1, 2, 3, 4], (0, 1, 2, 3, 4), 'abcde', b'abcde', bytearray(b'abcde'), range(5)[:3]):
    print(seq[-big:big], seq[big:], seq[:-big], seq[::-big], seq[::big], seq[3:1], seq[-1:-3:-1], seq[None:None:None])
