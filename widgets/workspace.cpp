#include "widgets/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace netsynth::Workspace {

namespace {
const char *kKey = "workspace/root";

QString clean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool freeFolder(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() || (info.isDir() && QDir(path).isEmpty());
}
} // namespace

QString root()
{
    const QString stored = QSettings().value(QLatin1String(kKey)).toString();
    return stored.isEmpty() ? QDir::home().filePath(QStringLiteral("NetSynth/runs")) : stored;
}

void setRoot(const QString &dir)
{
    QSettings().setValue(QLatin1String(kKey), clean(dir));
}

QString proposeFolder(const QString &name)
{
    const QDir base(root());
    const QString first = base.filePath(name);
    if (freeFolder(first))
        return first;
    for (int i = 2;; ++i) {
        const QString candidate = base.filePath(name + QLatin1Char('-') + QString::number(i));
        if (freeFolder(candidate))
            return candidate;
    }
}

bool isInside(const QString &path, const QString &dir)
{
    const QString p = clean(path), d = clean(dir);
    return p == d || p.startsWith(d.endsWith(QLatin1Char('/')) ? d : d + QLatin1Char('/'));
}

} // namespace netsynth::Workspace
