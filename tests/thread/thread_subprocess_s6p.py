# Children started and waited for from several threads: waitpid lets other
# threads run, and a child started by a thread gets the default signal mask.
import subprocess, threading, time, os
res = []
def worker():
    p = subprocess.Popen(['sleep', '5'])
    time.sleep(0.1)
    p.terminate()
    res.append(p.wait())
    res.append(subprocess.run(['echo', 'thr'], capture_output=True).stdout)
t = threading.Thread(target=worker); t.start()
# meanwhile the main thread waits on a child: GIL must be released

p = subprocess.Popen(['sleep', '0.5'])
print(p.wait())
t.join()
print(res)
# ticks in a thread while main waits
cnt = [0]
stop = [False]
def ticker():
    while not stop[0]:
        cnt[0] += 1
        time.sleep(0.01)
t = threading.Thread(target=ticker); t.start()
os.waitpid(subprocess.Popen(['sleep', '0.3']).pid, 0)
stop[0] = True; t.join()
print(cnt[0] > 10)
