/* The load generator's bulk reader: counts server frames on many WebSocket
 * connections, in C, so that the load generator is not the limit of a sweep.
 *
 *   bulkread SHM K SIO FD:ALT[,ALT...][;...] FD FD ...
 *
 * The Python load generator opens and upgrades every connection, then hands the
 * bulk ones to this process (inherited descriptors, `pass_fds`) and stops reading
 * them itself. For connection i (its i-th FD argument) and kind k, the int64 at
 * SHM[i * (K + 2) + k] counts text frames whose payload starts with one of kind
 * k's prefixes (kinds in order, first match wins); slot K counts other data
 * frames; slot K + 1 is set to 1 when the server closed the connection. The
 * prefix table is the 4th argument: kinds separated by ';', alternatives by ',',
 * each alternative in hex (an empty kind matches nothing). Pings are answered with
 * pongs; with SIO = 1 the Engine.IO text ping "2" is answered "3". Same rules as
 * `bench.frames.FrameCounter`, which stays the reference (and the fallback).
 *
 * Work per frame is O(1): a frame's header and at most PEEK payload bytes are
 * looked at, the rest is skipped. The process exits on SIGTERM or when its parent
 * dies. Loopback only: it never opens a socket itself.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define PEEK 32
#define HDR_MAX (10 + 125) /* longest header + a whole control payload */
#define MAX_KINDS 8
#define MAX_ALTS 8

typedef struct {
    int fd;
    int64_t *slots; /* K + 2 counters in the shared file */
    uint64_t skip;  /* payload bytes of the current frame still to skip */
    int have;       /* bytes in hdr */
    unsigned char hdr[HDR_MAX];
} conn_t;

static int n_kinds;
static int n_alts[MAX_KINDS];
static unsigned char *alts[MAX_KINDS][MAX_ALTS];
static size_t alt_len[MAX_KINDS][MAX_ALTS];
static int sio;
static volatile sig_atomic_t stop;

static void on_term(int sig) {
    (void)sig;
    stop = 1;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* "hex,hex;;hex" -> the prefix table. Returns 0, or -1 on a malformed table. */
static int parse_table(const char *spec) {
    n_kinds = 1;
    int k = 0;
    const char *p = spec;
    while (*p) {
        const char *end = p;
        while (*end && *end != ',' && *end != ';') end++;
        size_t len = (size_t)(end - p);
        if (len) {
            if (len % 2 || n_alts[k] >= MAX_ALTS) return -1;
            unsigned char *buf = malloc(len / 2);
            if (!buf) return -1;
            for (size_t i = 0; i < len / 2; i++) {
                int hi = hexval(p[2 * i]), lo = hexval(p[2 * i + 1]);
                if (hi < 0 || lo < 0) return -1;
                buf[i] = (unsigned char)(hi * 16 + lo);
            }
            alts[k][n_alts[k]] = buf;
            alt_len[k][n_alts[k]] = len / 2;
            n_alts[k]++;
        }
        if (*end == ';') {
            if (++k >= MAX_KINDS) return -1;
            n_kinds = k + 1;
        }
        p = *end ? end + 1 : end;
    }
    return 0;
}

static void send_frame(int fd, int opcode, const unsigned char *payload, size_t n) {
    unsigned char out[6 + 125];
    if (n > 125) return;
    out[0] = (unsigned char)(0x80 | opcode);
    out[1] = (unsigned char)(0x80 | n); /* masked, all-zero key: payload as is */
    memset(out + 2, 0, 4);
    memcpy(out + 6, payload, n);
    ssize_t w = write(fd, out, 6 + n);
    (void)w; /* a pong lost on a dying connection changes no count */
}

/* Bytes of header needed so far (0 until the length byte is known). */
static int header_len(const conn_t *c) {
    if (c->have < 2) return 2;
    int plen = c->hdr[1] & 0x7F;
    return plen == 126 ? 4 : plen == 127 ? 10 : 2;
}

static uint64_t payload_len(const conn_t *c) {
    int plen = c->hdr[1] & 0x7F;
    if (plen == 126) return ((uint64_t)c->hdr[2] << 8) | c->hdr[3];
    if (plen == 127) {
        uint64_t v = 0;
        for (int i = 2; i < 10; i++) v = (v << 8) | c->hdr[i];
        return v;
    }
    return (uint64_t)plen;
}

static void classify(conn_t *c, int hlen, uint64_t plen) {
    int opcode = c->hdr[0] & 0x0F;
    const unsigned char *pl = c->hdr + hlen;
    size_t seen = (size_t)(c->have - hlen);
    if (opcode & 0x08) {
        if (opcode == 0x9) send_frame(c->fd, 0xA, pl, seen);
        else if (opcode == 0x8) c->slots[n_kinds + 1] = 1;
        return;
    }
    if (opcode != 0x1) {
        c->slots[n_kinds]++;
        return;
    }
    if (sio && plen == 1 && pl[0] == '2') send_frame(c->fd, 0x1, (const unsigned char *)"3", 1);
    for (int k = 0; k < n_kinds; k++) {
        for (int a = 0; a < n_alts[k]; a++) {
            if (alt_len[k][a] <= seen && memcmp(pl, alts[k][a], alt_len[k][a]) == 0) {
                c->slots[k]++;
                return;
            }
        }
    }
    c->slots[n_kinds]++;
}

/* Consume one chunk of the stream (any split is fine). */
static void feed(conn_t *c, const unsigned char *data, size_t n) {
    size_t pos = 0;
    while (pos < n) {
        if (c->skip) {
            size_t take = c->skip < n - pos ? (size_t)c->skip : n - pos;
            c->skip -= take;
            pos += take;
            continue;
        }
        /* Gather the header, then the payload bytes the frame's kind needs. */
        int hlen = header_len(c);
        while (c->have < hlen && pos < n) c->hdr[c->have++] = data[pos++];
        if (c->have < hlen) return;
        hlen = header_len(c);
        while (c->have < hlen && pos < n) c->hdr[c->have++] = data[pos++];
        if (c->have < hlen) return;
        uint64_t plen = payload_len(c);
        int control = (c->hdr[0] & 0x08) != 0;
        uint64_t want = control ? plen : (plen < PEEK ? plen : PEEK);
        if (control && plen > 125) want = 0; /* invalid: count nothing, skip it */
        while ((uint64_t)(c->have - hlen) < want && pos < n) c->hdr[c->have++] = data[pos++];
        if ((uint64_t)(c->have - hlen) < want) return;
        classify(c, hlen, plen);
        c->skip = plen - (uint64_t)(c->have - hlen);
        c->have = 0;
    }
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: bulkread SHM K SIO TABLE FD...\n");
        return 2;
    }
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    signal(SIGTERM, on_term);
    signal(SIGPIPE, SIG_IGN);
    int kinds = atoi(argv[2]);
    sio = atoi(argv[3]);
    if (parse_table(argv[4]) != 0 || kinds != n_kinds) {
        fprintf(stderr, "bulkread: bad prefix table\n");
        return 2;
    }
    int n = argc - 5;
    int shm = open(argv[1], O_RDWR);
    if (shm < 0) {
        perror("bulkread: shm");
        return 2;
    }
    size_t size = (size_t)n * (size_t)(n_kinds + 2) * sizeof(int64_t);
    int64_t *slots = n ? mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, shm, 0) : NULL;
    if (n && slots == MAP_FAILED) {
        perror("bulkread: mmap");
        return 2;
    }
    conn_t *conns = calloc((size_t)(n ? n : 1), sizeof(conn_t));
    int ep = epoll_create1(0);
    if (!conns || ep < 0) return 2;
    for (int i = 0; i < n; i++) {
        conns[i].fd = atoi(argv[5 + i]);
        conns[i].slots = slots + (size_t)i * (size_t)(n_kinds + 2);
        fcntl(conns[i].fd, F_SETFL, fcntl(conns[i].fd, F_GETFL) | O_NONBLOCK);
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &conns[i]};
        if (epoll_ctl(ep, EPOLL_CTL_ADD, conns[i].fd, &ev) != 0) {
            perror("bulkread: epoll_ctl");
            return 2;
        }
    }
    printf("ready\n");
    fflush(stdout);
    static unsigned char buf[1 << 18];
    struct epoll_event events[256];
    while (!stop) {
        int ready = epoll_wait(ep, events, 256, 200);
        if (ready < 0) {
            if (errno == EINTR) continue;
            perror("bulkread: epoll_wait");
            return 1;
        }
        for (int e = 0; e < ready; e++) {
            conn_t *c = events[e].data.ptr;
            ssize_t got = recv(c->fd, buf, sizeof buf, 0);
            if (got > 0) {
                feed(c, buf, (size_t)got);
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                c->slots[n_kinds + 1] = 1; /* closed: stop watching it */
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
            }
        }
    }
    return 0;
}
