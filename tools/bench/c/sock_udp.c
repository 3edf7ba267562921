// UDP datagrams with sendto/recvfrom and credit-based pacing (workloads
// udp_recv, udp_send). The receiver acknowledges every ACK-th datagram with
// the count it has received (4 bytes, little-endian); the sender keeps at
// most WINDOW datagrams unacknowledged, so that on loopback nothing needs to
// be lost. A datagram whose length is not SIZE ends the run; the receiver
// answers it with its final count (8 bytes), which tells the sender what was
// lost.
//   sock_udp recv SIZE ACK                   prints PORT, receives until the end
//   sock_udp send PORT COUNT SIZE WINDOW     sends COUNT datagrams of SIZE bytes
#include "sock_common.h"

#define UDP_RCVBUF (1 << 20)
#define UDP_GIVE_UP (5)

static int udp_recv(size_t size, long ack) {
    int s = sock_listen(SOCK_DGRAM);
    int rcvbuf = UDP_RCVBUF;
    setsockopt(s, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
    char buf[2048];
    struct sockaddr_storage from;
    socklen_t len;
    unsigned long long got = 0;
    double t0 = 0;
    for (;;) {
        len = sizeof(from);
        ssize_t n = recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            sock_die("recvfrom");
        }
        if ((size_t)n != size) {
            break;
        }
        if (got++ == 0) {
            t0 = sock_now();
        }
        if (got % (unsigned long long)ack == 0) {
            unsigned char a[4] = { (unsigned char)got, (unsigned char)(got >> 8), (unsigned char)(got >> 16),
                                   (unsigned char)(got >> 24) };
            sendto(s, a, sizeof(a), 0, (struct sockaddr *)&from, len);
        }
    }
    double t = got ? sock_now() - t0 : 0;
    unsigned char fin[8];
    for (int i = 0; i < 8; i++) {
        fin[i] = (unsigned char)(got >> (8 * i));
    }
    sendto(s, fin, sizeof(fin), 0, (struct sockaddr *)&from, len);
    printf("RESULT units=%llu seconds=%.6f api=recvfrom\n", got, t);
    return 0;
}

// The sender's socket and peer, for the SIGALRM handler: a sender that runs
// out of time still tells the receiver to stop.
static int udp_fd = -1;
static struct sockaddr_in udp_to;

static void udp_alarm(int sig) {
    (void)sig;
    for (int i = 0; i < 3; i++) {
        sendto(udp_fd, "E", 1, 0, (struct sockaddr *)&udp_to, sizeof(udp_to));
    }
    _exit(1);
}

static unsigned long long le_value(const unsigned char *p, ssize_t n) {
    unsigned long long v = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

static int udp_send(int port, long count, size_t size, long window) {
    udp_fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (udp_fd < 0) {
        sock_die("socket");
    }
    udp_to = sock_loopback(port);
    signal(SIGALRM, udp_alarm);
    char *msg = malloc(size);
    memset(msg, 'z', size);
    unsigned char in[16];
    struct pollfd p = { .fd = udp_fd, .events = POLLIN };
    long sent = 0, acked = 0, stalls = 0, silent = 0;
    double t0 = sock_now();
    while (sent < count) {
        if (sent - acked >= window) {
            // Out of credit: wait for an acknowledgement. None within a
            // second means some were lost: go on with a little credit. A
            // receiver silent for UDP_GIVE_UP seconds is gone: stop.
            if (poll(&p, 1, 1000) <= 0) {
                stalls++;
                if (++silent >= UDP_GIVE_UP) {
                    break;
                }
                acked += window / 4;
                continue;
            }
            silent = 0;
            ssize_t n = recv(udp_fd, in, sizeof(in), 0);
            if (n == 4 && (long)le_value(in, n) > acked) {
                acked = (long)le_value(in, n);
            }
            continue;
        }
        if (sendto(udp_fd, msg, size, 0, (struct sockaddr *)&udp_to, sizeof(udp_to)) < 0) {
            if (errno == EINTR || errno == ENOBUFS || errno == EAGAIN) {
                continue;
            }
            sock_die("sendto");
        }
        sent++;
    }
    // The end marker, until the receiver answers with its count.
    long long received = -1;
    for (int tries = 0; tries < 50 && received < 0; tries++) {
        sendto(udp_fd, "E", 1, 0, (struct sockaddr *)&udp_to, sizeof(udp_to));
        while (poll(&p, 1, 100) > 0) {
            ssize_t n = recv(udp_fd, in, sizeof(in), 0);
            if (n == 8) {
                received = (long long)le_value(in, n);
                break;
            }
        }
    }
    double t = sock_now() - t0;
    printf("RESULT units=%ld seconds=%.6f api=sendto received=%lld stalls=%ld\n", sent, t, received, stalls);
    return 0;
}

int main(int argc, char **argv) {
    sock_set_alarm();
    if (argc >= 4 && strcmp(argv[1], "recv") == 0) {
        return udp_recv((size_t)atol(argv[2]), atol(argv[3]));
    }
    if (argc >= 6 && strcmp(argv[1], "send") == 0) {
        return udp_send(atoi(argv[2]), atol(argv[3]), (size_t)atol(argv[4]), atol(argv[5]));
    }
    fprintf(stderr, "usage: sock_udp recv SIZE ACK | send PORT COUNT SIZE WINDOW\n");
    return 2;
}
