# A program that ends normally exits with status 0; output without a final
# newline is still flushed.
print("line")
print("no newline", end="")
