// The socket workloads of tools/bench/socket_work.py in plain C (blocking
// send/recv, poll): the physical limit the interpreters are compared with.
//   socket_work WORKLOAD server | socket_work WORKLOAD client PORT
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BULK_TOTAL (1L << 30)
#define CHUNK 65536
#define PING_COUNT 100000
#define PING_SIZE 32
#define ECHO_CONNS 200
#define ECHO_ROUNDS 250
#define UDP_COUNT 200000
#define UDP_SIZE 64
#define UDP_WINDOW 100

static void die(const char *what) {
    perror(what);
    exit(1);
}

static int listen_on(int type) {
    int s = socket(AF_INET, type, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof(a);
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
        die("bind");
    }
    if (type == SOCK_STREAM && listen(s, 256) < 0) {
        die("listen");
    }
    getsockname(s, (struct sockaddr *)&a, &len);
    printf("PORT %d\n", ntohs(a.sin_port));
    fflush(stdout);
    return s;
}

static int connect_to(int port, int type) {
    int s = socket(AF_INET, type, 0);
    struct sockaddr_in a = {
        .sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)
    };
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
        die("connect");
    }
    return s;
}

static void send_all(int s, const char *p, size_t n) {
    while (n > 0) {
        ssize_t k = send(s, p, n, 0);
        if (k < 0) {
            die("send");
        }
        p += k;
        n -= (size_t)k;
    }
}

static size_t recv_exact(int s, char *p, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t k = recv(s, p + got, n - got, 0);
        if (k <= 0) {
            break;
        }
        got += (size_t)k;
    }
    return got;
}

static void bulk_server(void) {
    int srv = listen_on(SOCK_STREAM);
    int c = accept(srv, NULL, NULL);
    static char buf[CHUNK];
    long total = 0;
    ssize_t n;
    while ((n = recv(c, buf, sizeof(buf), 0)) > 0) {
        total += n;
    }
    if (total != BULK_TOTAL) {
        printf("bulk: got %ld\n", total);
    }
    close(c);
}

static void bulk_client(int port) {
    int s = connect_to(port, SOCK_STREAM);
    static char buf[CHUNK];
    for (long i = 0; i < BULK_TOTAL / CHUNK; i++) {
        send_all(s, buf, sizeof(buf));
    }
    close(s);
}

static void pingpong_server(void) {
    int srv = listen_on(SOCK_STREAM);
    int c = accept(srv, NULL, NULL);
    int one = 1;
    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    char buf[PING_SIZE];
    ssize_t n;
    while ((n = recv(c, buf, sizeof(buf), 0)) > 0) {
        send_all(c, buf, (size_t)n);
    }
    close(c);
}

static void pingpong_client(int port) {
    int s = connect_to(port, SOCK_STREAM);
    int one = 1;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    char msg[PING_SIZE];
    memset(msg, 'x', sizeof(msg));
    for (int i = 0; i < PING_COUNT; i++) {
        send_all(s, msg, sizeof(msg));
        if (recv_exact(s, msg, sizeof(msg)) != sizeof(msg)) {
            die("short");
        }
    }
    close(s);
}

static void poll_echo_server(void) {
    int srv = listen_on(SOCK_STREAM);
    struct pollfd fds[ECHO_CONNS + 1];
    int n = 1, closed = 0;
    fds[0] = (struct pollfd){ .fd = srv, .events = POLLIN };
    char buf[4096];
    while (closed < ECHO_CONNS) {
        poll(fds, n, -1);
        for (int i = 0; i < n; i++) {
            if (!fds[i].revents) {
                continue;
            }
            if (i == 0) {
                fds[n++] = (struct pollfd){ .fd = accept(srv, NULL, NULL), .events = POLLIN };
                continue;
            }
            ssize_t k = recv(fds[i].fd, buf, sizeof(buf), 0);
            if (k > 0) {
                send_all(fds[i].fd, buf, (size_t)k);
            } else if (fds[i].fd >= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                closed++;
            }
        }
    }
}

static void poll_echo_client(int port) {
    struct pollfd fds[ECHO_CONNS];
    int rounds[ECHO_CONNS], have[ECHO_CONNS];
    char msg[PING_SIZE], buf[4096];
    memset(msg, 'y', sizeof(msg));
    for (int i = 0; i < ECHO_CONNS; i++) {
        fds[i] = (struct pollfd){ .fd = connect_to(port, SOCK_STREAM), .events = POLLIN };
        rounds[i] = ECHO_ROUNDS;
        have[i] = 0;
        send_all(fds[i].fd, msg, sizeof(msg));
    }
    int done = 0;
    while (done < ECHO_CONNS) {
        poll(fds, ECHO_CONNS, -1);
        for (int i = 0; i < ECHO_CONNS; i++) {
            if (!fds[i].revents) {
                continue;
            }
            ssize_t k = recv(fds[i].fd, buf, sizeof(buf), 0);
            have[i] += k > 0 ? (int)k : 0;
            if (have[i] < PING_SIZE) {
                continue;
            }
            have[i] = 0;
            if (--rounds[i] == 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                done++;
            } else {
                send_all(fds[i].fd, msg, sizeof(msg));
            }
        }
    }
}

static void udp_server(void) {
    int s = listen_on(SOCK_DGRAM);
    char buf[2048];
    struct sockaddr_storage from;
    for (int got = 1; got <= UDP_COUNT; got++) {
        socklen_t len = sizeof(from);
        if (recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len) < 0) {
            die("recvfrom");
        }
        if (got % UDP_WINDOW == 0) {
            sendto(s, "ack", 3, 0, (struct sockaddr *)&from, len);
        }
    }
}

static void udp_client(int port) {
    int s = connect_to(port, SOCK_DGRAM);
    char msg[UDP_SIZE], buf[16];
    memset(msg, 'z', sizeof(msg));
    for (int i = 0; i < UDP_COUNT / UDP_WINDOW; i++) {
        for (int j = 0; j < UDP_WINDOW; j++) {
            send(s, msg, sizeof(msg), 0);
        }
        recv(s, buf, sizeof(buf), 0);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: socket_work WORKLOAD server|client [PORT]\n");
        return 2;
    }
    const char *w = argv[1];
    if (strcmp(argv[2], "server") == 0) {
        if (strncmp(w, "bulk", 4) == 0) {
            bulk_server();
        } else if (strcmp(w, "pingpong") == 0) {
            pingpong_server();
        } else if (strcmp(w, "poll_echo") == 0) {
            poll_echo_server();
        } else if (strcmp(w, "udp") == 0) {
            udp_server();
        }
        return 0;
    }
    int port = atoi(argv[3]);
    if (strncmp(w, "bulk", 4) == 0) {
        bulk_client(port);
    } else if (strcmp(w, "pingpong") == 0) {
        pingpong_client(port);
    } else if (strcmp(w, "poll_echo") == 0) {
        poll_echo_client(port);
    } else if (strcmp(w, "udp") == 0) {
        udp_client(port);
    }
    return 0;
}
