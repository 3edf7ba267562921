// Helpers shared by the C socket benchmark programs (tools/bench/c/sock_*.c).
// Every program is a plain blocking-socket C program: the physical limit the
// interpreters are compared with, and the fixed load generator they are run
// against. Each one kills itself with SIGALRM after SOCK_ALARM_S seconds, so
// that no benchmark process can outlive a broken run.
#ifndef SOCK_COMMON_H
#define SOCK_COMMON_H

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define SOCK_ALARM_S (600)

static inline void sock_die(const char *what) {
    fprintf(stderr, "%s: %s\n", what, strerror(errno));
    exit(1);
}

static inline double sock_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static inline void sock_set_alarm(void) {
    signal(SIGPIPE, SIG_IGN);
    alarm(SOCK_ALARM_S);
}

// A socket bound to 127.0.0.1 on a free port (listening if TCP); its port
// goes to stdout as "PORT n", the line the driver waits for.
static inline int sock_listen(int type) {
    int s = socket(AF_INET, type, 0);
    if (s < 0) {
        sock_die("socket");
    }
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
        sock_die("bind");
    }
    if (type == SOCK_STREAM && listen(s, 512) < 0) {
        sock_die("listen");
    }
    socklen_t len = sizeof(a);
    getsockname(s, (struct sockaddr *)&a, &len);
    printf("PORT %d\n", ntohs(a.sin_port));
    fflush(stdout);
    return s;
}

static inline struct sockaddr_in sock_loopback(int port) {
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

static inline int sock_connect(int port, int type) {
    int s = socket(AF_INET, type, 0);
    struct sockaddr_in a = sock_loopback(port);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
        sock_die("connect");
    }
    return s;
}

static inline void sock_nodelay(int s) {
    int one = 1;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}

static inline void sock_send_all(int s, const char *p, size_t n) {
    while (n > 0) {
        ssize_t k = send(s, p, n, 0);
        if (k < 0) {
            if (errno == EINTR) {
                continue;
            }
            sock_die("send");
        }
        p += k;
        n -= (size_t)k;
    }
}

// Receives exactly n bytes; returns fewer only at EOF or on an error.
static inline size_t sock_recv_exact(int s, char *p, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t k = recv(s, p + got, n - got, 0);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            break;
        }
        got += (size_t)k;
    }
    return got;
}

#endif // SOCK_COMMON_H
