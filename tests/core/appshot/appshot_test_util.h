#pragma once
// Helpers shared by the AppShot tests: shared-data paths and hand-built files.
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QString>

#include <string>

inline std::string sharedData(const char *rel)
{
    return std::string(NETSYNTH_SHARED_DATA_DIR) + "/" + rel;
}

inline bool haveSharedData(const char *rel)
{
    return QFileInfo::exists(QString::fromStdString(sharedData(rel)));
}

inline std::string testOutput(const QString &sub)
{
    const QString dir = QStringLiteral(NETSYNTH_TEST_OUTPUT_DIR) + QLatin1Char('/') + sub;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir.toStdString();
}

inline void writeText(const std::string &path, const std::string &text)
{
    QFile f(QString::fromStdString(path));
    f.open(QIODevice::WriteOnly);
    f.write(text.data(), static_cast<qint64>(text.size()));
}

// A .npy file the way numpy writes it (any dtype/order), independent of our writer.
inline std::string npyBytes(const std::string &descr, bool fortran, const std::string &shape, const void *data,
                            std::size_t bytes)
{
    std::string header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") +
                         ", 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    std::string out = std::string("\x93NUMPY\x01\x00", 8);
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>(header.size() >> 8);
    out += header;
    out.append(static_cast<const char *>(data), bytes);
    return out;
}
