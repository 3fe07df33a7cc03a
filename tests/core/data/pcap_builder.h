#pragma once
// Writes small classic-pcap files for the pcap reader tests: Ethernet, Linux
// SLL or raw-IP frames carrying IPv4/IPv6 TCP/UDP packets.
#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>

namespace pcaptest {

inline void put16be(QByteArray &b, std::uint16_t v) { b.append(char(v >> 8)).append(char(v & 0xff)); }
inline void put32le(QByteArray &b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}
inline void put16le(QByteArray &b, std::uint16_t v) { b.append(char(v & 0xff)).append(char(v >> 8)); }

struct Pkt
{
    double t;
    QByteArray srcIp; // 4 or 16 bytes
    QByteArray dstIp;
    std::uint16_t srcPort;
    std::uint16_t dstPort;
    int proto;        // 6 or 17
    int payload;
    std::uint8_t flags = 0x10;
    std::uint16_t window = 1000;
};

inline QByteArray ip4(int a, int b, int c, int d)
{
    QByteArray r;
    r.append(char(a)).append(char(b)).append(char(c)).append(char(d));
    return r;
}

inline QByteArray ip6(int last)
{
    QByteArray r(16, '\0');
    r[0] = char(0x20);
    r[1] = char(0x01);
    r[15] = char(last);
    return r;
}

inline QByteArray ipPacket(const Pkt &p)
{
    QByteArray l4;
    put16be(l4, p.srcPort);
    put16be(l4, p.dstPort);
    if (p.proto == 6) {
        l4.append(QByteArray(8, '\0')); // seq, ack
        l4.append(char(5 << 4));        // data offset 5 words
        l4.append(char(p.flags));
        put16be(l4, p.window);
        l4.append(QByteArray(4, '\0')); // checksum, urgent
    } else {
        put16be(l4, std::uint16_t(8 + p.payload));
        l4.append(QByteArray(2, '\0'));
    }
    l4.append(QByteArray(p.payload, 'x'));
    QByteArray ip;
    if (p.srcIp.size() == 4) {
        ip.append(char(0x45)).append(char(0));
        put16be(ip, std::uint16_t(20 + l4.size()));
        ip.append(QByteArray(4, '\0')); // id, flags/fragment
        ip.append(char(64)).append(char(p.proto));
        ip.append(QByteArray(2, '\0'));
        ip.append(p.srcIp).append(p.dstIp);
    } else {
        ip.append(char(0x60)).append(QByteArray(3, '\0'));
        put16be(ip, std::uint16_t(l4.size()));
        ip.append(char(p.proto)).append(char(64));
        ip.append(p.srcIp).append(p.dstIp);
    }
    return ip + l4;
}

// linkType: 1 Ethernet, 113 Linux SLL, 101 raw IP.
inline QByteArray frame(const Pkt &p, int linkType)
{
    const QByteArray ip = ipPacket(p);
    const std::uint16_t etherType = p.srcIp.size() == 4 ? 0x0800 : 0x86dd;
    QByteArray f;
    if (linkType == 1) {
        f.append(QByteArray(12, '\x02'));
        put16be(f, etherType);
    } else if (linkType == 113) {
        put16be(f, 0);
        put16be(f, 1);
        put16be(f, 6);
        f.append(QByteArray(8, '\x02'));
        put16be(f, etherType);
    }
    return f + ip;
}

inline QByteArray capture(const QList<Pkt> &packets, int linkType)
{
    QByteArray b;
    put32le(b, 0xa1b2c3d4);
    put16le(b, 2);
    put16le(b, 4);
    put32le(b, 0);
    put32le(b, 0);
    put32le(b, 65535);
    put32le(b, std::uint32_t(linkType));
    for (const Pkt &p : packets) {
        const QByteArray f = frame(p, linkType);
        const auto sec = static_cast<std::uint32_t>(p.t);
        const auto usec = static_cast<std::uint32_t>((p.t - sec) * 1e6 + 0.5);
        put32le(b, sec);
        put32le(b, usec);
        put32le(b, std::uint32_t(f.size()));
        put32le(b, std::uint32_t(f.size()));
        b.append(f);
    }
    return b;
}

inline QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
    return path;
}

} // namespace pcaptest
