#pragma once
// Test helper: reads ../shared/data/mirage-appxact/appxact_first10_train.csv
// directly (independently of the data layer) into signed-size series, at most
// `perClass` rows per label, in file order.
#include "core/eval/series_set.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <map>

inline QString appxactPath()
{
    return QStringLiteral(NETSYNTH_SHARED_DATA_DIR "/mirage-appxact/appxact_first10_train.csv");
}

inline netsynth::SeriesSet readAppxact(int perClass)
{
    netsynth::SeriesSet set;
    set.feature = "signed-size";
    QFile f(appxactPath());
    if (!f.open(QIODevice::ReadOnly))
        return set;
    f.readLine(); // header
    std::map<std::string, int> index;
    std::map<int, int> taken;
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        if (cols.size() < 5)
            continue;
        const std::string label = cols[0].toStdString();
        auto it = index.find(label);
        if (it == index.end()) {
            it = index.emplace(label, static_cast<int>(set.classes.size())).first;
            set.classes.push_back(label);
        }
        if (taken[it->second] >= perClass)
            continue;
        ++taken[it->second];
        const QStringList pl = cols[2].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList dir = cols[4].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        netsynth::SeriesItem item;
        item.label = it->second;
        for (int i = 0; i < pl.size() && i < dir.size(); ++i)
            item.values.push_back(dir[i].toInt() == 0 ? pl[i].toDouble() : -pl[i].toDouble());
        set.items.push_back(item);
    }
    return set;
}
