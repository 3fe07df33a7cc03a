#include "core/appshot/city_writer.h"

#include "core/runtime/errors.h"
#include "core/runtime/npy_io.h"

#include <QDir>
#include <QString>

#include <cmath>

namespace netsynth {

City CityWriter::crop(const City &city, int row0, int col0, int rows, int cols, const std::string &name)
{
    if (rows < 1 || cols < 1 || row0 < 0 || col0 < 0 || row0 + rows > city.rows || col0 + cols > city.cols)
        throw InputError(city.path, "crop",
                         "block rows " + std::to_string(row0) + "+" + std::to_string(rows) + ", cols " +
                             std::to_string(col0) + "+" + std::to_string(cols) + " is not inside the " +
                             std::to_string(city.rows) + " x " + std::to_string(city.cols) + " grid");
    City out;
    out.name = name;
    out.path = city.path;
    out.layout = city.layout;
    out.rows = rows;
    out.cols = cols;
    out.geo = city.geo;
    if (city.geo.valid) {
        // Shift the bounding box to the block (row 0 on the edge rowZeroNorth says).
        const double w = city.geo.cellWidth, h = city.geo.cellHeight;
        out.geo.minX = city.geo.minX + col0 * w;
        out.geo.maxX = out.geo.minX + cols * w;
        const int southRow = city.geo.rowZeroNorth ? city.rows - (row0 + rows) : row0;
        out.geo.minY = city.geo.minY + southRow * h;
        out.geo.maxY = out.geo.minY + rows * h;
    }
    auto pick = [&](auto &dst, const auto &src) {
        dst.clear();
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                dst.push_back(src[static_cast<std::size_t>(row0 + r) * city.cols + col0 + c]);
    };
    pick(out.mask, city.mask);
    for (const ContextLayer &l : city.layers) {
        ContextLayer k = l;
        pick(k.values, l.values);
        out.layers.push_back(std::move(k));
    }
    if (city.traffic) {
        const TrafficMaps &t = *city.traffic;
        TrafficMaps c = t;
        c.resize(t.steps, t.services, rows, cols);
        for (int step = 0; step < t.steps; ++step)
            for (int s = 0; s < t.services; ++s)
                for (int r = 0; r < rows; ++r)
                    for (int col = 0; col < cols; ++col)
                        c.values[c.index(step, s, r, col)] = t.at(step, s, row0 + r, col0 + col);
        c.city = name;
        if (!c.metadata.is_object())
            c.metadata = nlohmann::json::object();
        c.metadata["cropped_from"] = {{"city", city.name}, {"row0", row0}, {"col0", col0}, {"rows", rows}, {"cols", cols}};
        out.traffic = std::move(c);
    }
    out.notes = city.notes;
    out.notes.push_back("cropped from " + city.name + ": rows " + std::to_string(row0) + ".." +
                        std::to_string(row0 + rows - 1) + ", cols " + std::to_string(col0) + ".." +
                        std::to_string(col0 + cols - 1));
    return out;
}

void CityWriter::writeNpyFolder(const City &city, const std::string &dir)
{
    const bool flip = city.geo.valid && !city.geo.rowZeroNorth;
    const int R = city.rows, C = city.cols;
    auto srcRow = [&](int r) { return flip ? R - 1 - r : r; };
    for (const char *sub : {"", "/landuse", "/poi"})
        if (!QDir().mkpath(QString::fromStdString(dir + sub)))
            throw InputError(dir, {}, "cannot create the folder");
    for (const ContextLayer &l : city.layers) {
        std::vector<double> v(city.cells());
        for (int r = 0; r < R; ++r)
            for (int c = 0; c < C; ++c)
                v[static_cast<std::size_t>(r) * C + c] = city.mask[static_cast<std::size_t>(srcRow(r)) * C + c]
                                                             ? l.values[static_cast<std::size_t>(srcRow(r)) * C + c]
                                                             : std::nan("");
        std::string file;
        if (l.group == "landuse" || l.group == "poi")
            file = dir + "/" + l.group + "/" + l.name + ".npy";
        else
            file = dir + "/" + l.name + ".npy";
        writeNpy(file, {static_cast<std::size_t>(R), static_cast<std::size_t>(C)}, v.data());
    }
    if (city.traffic) {
        TrafficMaps t = *city.traffic;
        if (flip)
            for (int step = 0; step < t.steps; ++step)
                for (int s = 0; s < t.services; ++s)
                    for (int r = 0; r < R; ++r)
                        for (int c = 0; c < C; ++c)
                            t.values[t.index(step, s, r, c)] = city.traffic->at(step, s, srcRow(r), c);
        t.saveTo(dir);
    }
}

} // namespace netsynth
