# concurrent: a namespace; concurrent.futures is lib/concurrent/futures.py.
