#include "core/appshot/shapefile_grid.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <QFileInfo>

#include <shapefil.h>

#include <memory>

namespace netsynth {

GridGeometry ShapefileGrid::read(const std::string &path)
{
    std::string base = path;
    if (base.size() > 4 && (base.substr(base.size() - 4) == ".shp" || base.substr(base.size() - 4) == ".SHP"))
        base = base.substr(0, base.size() - 4);
    const std::string shpPath = base + ".shp";
    if (!QFileInfo::exists(QString::fromStdString(shpPath)))
        throw InputError(shpPath, {}, "shapefile not found");
    std::unique_ptr<SHPInfo, decltype(&SHPClose)> shp(SHPOpen(base.c_str(), "rb"), &SHPClose);
    if (!shp)
        throw InputError(shpPath, {}, "cannot open shapefile (missing or corrupt .shp/.shx)");
    int count = 0, type = 0;
    double bmin[4], bmax[4];
    SHPGetInfo(shp.get(), &count, &type, bmin, bmax);
    if (type != SHPT_POLYGON && type != SHPT_POLYGONZ && type != SHPT_POLYGONM)
        throw InputError(shpPath, "header shape type", "expected polygons, found shape type " + std::to_string(type));
    std::vector<double> x0(count), y0(count), x1(count), y1(count);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<SHPObject, decltype(&SHPDestroyObject)> obj(SHPReadObject(shp.get(), i), &SHPDestroyObject);
        if (!obj || obj->nVertices == 0)
            throw InputError(shpPath, "record " + std::to_string(i + 1), "unreadable or empty polygon");
        x0[i] = obj->dfXMin;
        y0[i] = obj->dfYMin;
        x1[i] = obj->dfXMax;
        y1[i] = obj->dfYMax;
    }
    GridGeometry g;
    g.snapToGrid(x0, y0, x1, y1, shpPath);
    g.geo.source = shpPath;
    const QString prj = QString::fromStdString(base + ".prj");
    if (QFileInfo::exists(prj))
        g.geo.crs = readWholeFile(prj.toStdString());

    g.ids.assign(count, std::string());
    std::unique_ptr<DBFInfo, decltype(&DBFClose)> dbf(DBFOpen(base.c_str(), "rb"), &DBFClose);
    if (dbf) {
        if (DBFGetRecordCount(dbf.get()) != count)
            throw InputError(base + ".dbf", {}, "has " + std::to_string(DBFGetRecordCount(dbf.get())) +
                                                    " records but the .shp has " + std::to_string(count));
        const int fields = DBFGetFieldCount(dbf.get());
        for (int f = 0; f < fields; ++f) {
            char name[XBASE_FLDNAME_LEN_READ + 1] = {0};
            int width = 0, decimals = 0;
            const DBFFieldType ft = DBFGetFieldInfo(dbf.get(), f, name, &width, &decimals);
            const std::string fname(name);
            if (fname == "id" || fname == "ID" || fname == "cellId" || fname == "tile_id") {
                for (int i = 0; i < count; ++i) {
                    // NULL when the record cannot be read (a .dbf shorter than its header says).
                    const char *id = DBFReadStringAttribute(dbf.get(), i, f);
                    if (!id)
                        throw InputError(base + ".dbf", "record " + std::to_string(i + 1) + ", field '" + fname + "'",
                                         "unreadable (the file is shorter than its header says)");
                    g.ids[i] = id;
                }
            }
            if (ft == FTDouble || ft == FTInteger) {
                std::vector<double> col(count);
                for (int i = 0; i < count; ++i)
                    col[i] = DBFReadDoubleAttribute(dbf.get(), i, f);
                g.attributeNames.push_back(fname);
                g.attributes.push_back(std::move(col));
            }
        }
    }
    return g;
}

} // namespace netsynth
