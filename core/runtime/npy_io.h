#pragma once
// NumPy .npy files (format versions 1.0-3.0), the storage of training images
// (float32 shards) and of city grids (float64/int64 .npy from public datasets).
//
// Reading accepts little-endian float32/float64, int8/16/32/64, uint8/16/32/64
// and bool, in C or Fortran order, and converts to the requested element type
// in C (row-major) order. Writing produces version 1.0 C-order files and goes
// through writeFileAtomically().

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace netsynth {

template <typename T>
struct NpyArray
{
    std::vector<std::size_t> shape;
    std::vector<T> values; // row-major
    std::string sourceDtype; // e.g. "<f8" as stored in the file

    std::size_t size() const { return values.size(); }
    std::size_t dim(std::size_t i) const { return i < shape.size() ? shape[i] : 1; }
};

// Throw InputError naming the file and the header field on malformed input.
NpyArray<float> readNpyFloat(const std::string &path);
NpyArray<double> readNpyDouble(const std::string &path);

// Parse from memory (name is used in error messages only).
NpyArray<double> parseNpyDouble(const std::string &bytes, const std::string &name);
NpyArray<float> parseNpyFloat(const std::string &bytes, const std::string &name);

void writeNpy(const std::string &path, const std::vector<std::size_t> &shape, const float *data);
void writeNpy(const std::string &path, const std::vector<std::size_t> &shape, const double *data);

} // namespace netsynth
