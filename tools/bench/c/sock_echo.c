// An echo server on poll() with many connections (workload poll_echo).
//   sock_echo server CONNS                  subject: listens, prints PORT,
//                                           echoes on poll() until CONNS
//                                           connections have come and gone
//   sock_echo load PORT CONNS ROUNDS SIZE   load: CONNS connections, each
//                                           with one SIZE-byte message in
//                                           flight, ROUNDS echoes each
#include "sock_common.h"

static int echo_server(int conns) {
    int srv = sock_listen(SOCK_STREAM);
    struct pollfd *fds = calloc((size_t)conns + 1, sizeof(*fds));
    fds[0].fd = srv;
    fds[0].events = POLLIN;
    int n = 1, accepted = 0, closed = 0;
    long long messages = 0;
    char buf[4096];
    double t0 = 0;
    while (closed < conns) {
        if (poll(fds, (nfds_t)n, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            sock_die("poll");
        }
        for (int i = 0; i < n; i++) {
            if (fds[i].revents == 0) {
                continue;
            }
            if (i == 0) {
                int c = accept(srv, NULL, NULL);
                if (c < 0) {
                    sock_die("accept");
                }
                if (accepted++ == 0) {
                    t0 = sock_now();
                }
                fds[n].fd = c;
                fds[n].events = POLLIN;
                fds[n].revents = 0;
                n++;
                if (accepted == conns) {
                    fds[0].fd = -1; // nothing more to accept
                }
                continue;
            }
            ssize_t k = recv(fds[i].fd, buf, sizeof(buf), 0);
            if (k > 0) {
                sock_send_all(fds[i].fd, buf, (size_t)k);
                messages++;
            } else {
                close(fds[i].fd);
                fds[i].fd = -1;
                closed++;
            }
        }
    }
    double t = sock_now() - t0;
    printf("RESULT units=%lld seconds=%.6f api=poll+recv+send\n", messages, t);
    return 0;
}

static int echo_load(int port, int conns, int rounds, size_t size) {
    struct pollfd *fds = calloc((size_t)conns, sizeof(*fds));
    int *left = calloc((size_t)conns, sizeof(int));
    size_t *have = calloc((size_t)conns, sizeof(size_t));
    char *msg = malloc(size);
    char buf[4096];
    memset(msg, 'y', size);
    for (int i = 0; i < conns; i++) {
        fds[i].fd = sock_connect(port, SOCK_STREAM);
        fds[i].events = POLLIN;
        sock_nodelay(fds[i].fd);
        left[i] = rounds;
    }
    for (int i = 0; i < conns; i++) {
        sock_send_all(fds[i].fd, msg, size);
    }
    int done = 0;
    long long messages = 0;
    while (done < conns) {
        int r = poll(fds, (nfds_t)conns, 10000);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            fprintf(stderr, "sock_echo load: no progress for 10 s\n");
            return 1;
        }
        for (int i = 0; i < conns; i++) {
            if (fds[i].revents == 0) {
                continue;
            }
            ssize_t k = recv(fds[i].fd, buf, sizeof(buf), 0);
            if (k <= 0) {
                fprintf(stderr, "sock_echo load: connection lost\n");
                return 1;
            }
            have[i] += (size_t)k;
            if (have[i] < size) {
                continue;
            }
            have[i] = 0;
            messages++;
            if (--left[i] == 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                done++;
            } else {
                sock_send_all(fds[i].fd, msg, size);
            }
        }
    }
    printf("PEER messages=%lld\n", messages);
    return 0;
}

int main(int argc, char **argv) {
    sock_set_alarm();
    if (argc >= 3 && strcmp(argv[1], "server") == 0) {
        return echo_server(atoi(argv[2]));
    }
    if (argc >= 6 && strcmp(argv[1], "load") == 0) {
        return echo_load(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), (size_t)atol(argv[5]));
    }
    fprintf(stderr, "usage: sock_echo server CONNS | load PORT CONNS ROUNDS SIZE\n");
    return 2;
}
