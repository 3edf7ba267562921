// Ping-pong on one TCP connection (workload pingpong).
//   sock_pingpong echo                     load: listens, prints PORT, echoes
//                                          one connection until EOF
//   sock_pingpong client PORT COUNT SIZE   subject: COUNT round trips of
//                                          SIZE bytes (send, then recv all)
#include "sock_common.h"

static int pingpong_echo(void) {
    int srv = sock_listen(SOCK_STREAM);
    int c = accept(srv, NULL, NULL);
    if (c < 0) {
        sock_die("accept");
    }
    sock_nodelay(c);
    char buf[65536];
    long long rounds = 0;
    for (;;) {
        ssize_t n = recv(c, buf, sizeof(buf), 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        sock_send_all(c, buf, (size_t)n);
        rounds++;
    }
    close(c);
    printf("PEER echoes=%lld\n", rounds);
    return 0;
}

static int pingpong_client(int port, long count, size_t size) {
    int s = sock_connect(port, SOCK_STREAM);
    sock_nodelay(s);
    char *msg = malloc(size);
    char *buf = malloc(size);
    memset(msg, 'x', size);
    long done = 0;
    double t0 = sock_now();
    for (; done < count; done++) {
        sock_send_all(s, msg, size);
        if (sock_recv_exact(s, buf, size) != size) {
            break;
        }
    }
    double t = sock_now() - t0;
    close(s);
    printf("RESULT units=%ld seconds=%.6f api=send+recv\n", done, t);
    return 0;
}

int main(int argc, char **argv) {
    sock_set_alarm();
    if (argc >= 2 && strcmp(argv[1], "echo") == 0) {
        return pingpong_echo();
    }
    if (argc >= 5 && strcmp(argv[1], "client") == 0) {
        return pingpong_client(atoi(argv[2]), atol(argv[3]), (size_t)atol(argv[4]));
    }
    fprintf(stderr, "usage: sock_pingpong echo | client PORT COUNT SIZE\n");
    return 2;
}
