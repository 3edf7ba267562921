// Bulk TCP on loopback (tools/bench/socket_bench.py, workload bulk_*).
//   sock_bulk recv [CHUNK]            subject: listens, prints PORT, receives
//                                     to EOF with recv(CHUNK) into one buffer
//   sock_bulk send PORT TOTAL [CHUNK] load: connects, sends TOTAL bytes in
//                                     CHUNK-byte send()s, closes
#include "sock_common.h"

static int bulk_recv(size_t chunk) {
    int srv = sock_listen(SOCK_STREAM);
    int c = accept(srv, NULL, NULL);
    if (c < 0) {
        sock_die("accept");
    }
    char *buf = malloc(chunk);
    long long total = 0;
    double t0 = sock_now();
    for (;;) {
        ssize_t n = recv(c, buf, chunk, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            sock_die("recv");
        }
        if (n == 0) {
            break;
        }
        total += n;
    }
    double t = sock_now() - t0;
    close(c);
    printf("RESULT units=%lld seconds=%.6f api=recv(%zu)\n", total, t, chunk);
    return 0;
}

static int bulk_send(int port, long long total, size_t chunk) {
    int s = sock_connect(port, SOCK_STREAM);
    char *buf = calloc(1, chunk);
    long long left = total;
    while (left > 0) {
        size_t n = left < (long long)chunk ? (size_t)left : chunk;
        sock_send_all(s, buf, n);
        left -= (long long)n;
    }
    close(s);
    printf("PEER sent=%lld\n", total);
    return 0;
}

int main(int argc, char **argv) {
    sock_set_alarm();
    if (argc >= 2 && strcmp(argv[1], "recv") == 0) {
        return bulk_recv(argc > 2 ? (size_t)atol(argv[2]) : 65536);
    }
    if (argc >= 4 && strcmp(argv[1], "send") == 0) {
        return bulk_send(atoi(argv[2]), atoll(argv[3]), argc > 4 ? (size_t)atol(argv[4]) : 65536);
    }
    fprintf(stderr, "usage: sock_bulk recv [CHUNK] | send PORT TOTAL [CHUNK]\n");
    return 2;
}
