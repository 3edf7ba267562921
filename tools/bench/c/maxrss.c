// maxrss CMD ARGS...: run a command and print its peak RSS in KiB. Forking
// from this tiny process keeps the pre-exec image (which Linux counts in
// ru_maxrss) negligible, unlike forking from a Python process.
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: maxrss cmd [args...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return 2;
    }
#ifdef __APPLE__
    printf("%ld\n", (long)(ru.ru_maxrss / 1024));
#else
    printf("%ld\n", (long)ru.ru_maxrss);
#endif
    return 0;
}
