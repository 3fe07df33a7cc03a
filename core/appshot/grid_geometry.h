#pragma once
// The geometry and attribute table of a vector grid (one polygon per cell), as
// read from an ESRI shapefile or a GeoJSON file, snapped to a regular
// rows x cols grid.
//
// Cells are located from their polygon's bounding box: the cell size is the
// median polygon width/height, the grid spans the union of the boxes, and a
// polygon lands in the cell holding its centre. Two polygons in one cell, or a
// polygon far (over 0.45 cell) off the lattice (grids in lon/lat drift by up to
// about 0.4 cell over 100 cells, as Milan's does), mean the file is not a regular grid
// (InputError).

#include "core/appshot/geo_reference.h"

#include <string>
#include <vector>

namespace netsynth {

struct GridGeometry
{
    int rows = 0, cols = 0;
    GeoReference geo;                        // rowZeroNorth = true for cellOfRecord
    std::vector<int> cellOfRecord;           // north-first row-major cell index of each record
    std::vector<std::string> ids;            // record id (attribute or feature id), may be empty strings
    std::vector<std::string> attributeNames; // numeric attributes
    std::vector<std::vector<double>> attributes; // [attribute][record]

    std::size_t recordCount() const { return cellOfRecord.size(); }
    int attributeIndex(const std::string &name) const;

    // Snaps records given by their bounding boxes onto a regular grid; fills
    // rows, cols, geo (bbox, cell size) and cellOfRecord. `file` names errors.
    void snapToGrid(const std::vector<double> &minX, const std::vector<double> &minY,
                    const std::vector<double> &maxX, const std::vector<double> &maxY, const std::string &file);

    // True when record i is cell i in row-major order with row 0 at the north
    // (rowZeroNorth = true) or at the south (rowZeroNorth = false) edge.
    bool recordOrderIsRowMajor(bool &rowZeroNorth) const;
};

} // namespace netsynth
