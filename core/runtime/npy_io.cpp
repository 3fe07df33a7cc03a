#include "core/runtime/npy_io.h"

#include "core/runtime/atomic_file.h"
#include "core/runtime/errors.h"

#include <cctype>
#include <cstring>
#include <limits>
#include <numeric>
#include <sstream>

namespace netsynth {

namespace {

struct NpyHeader
{
    char kind = 'f';       // f, i, u, b
    std::size_t itemSize = 8;
    bool fortranOrder = false;
    std::vector<std::size_t> shape;
    std::size_t dataOffset = 0;
    std::string descr;
};

std::string headerValue(const std::string &header, const std::string &key, const std::string &name)
{
    const auto pos = header.find("'" + key + "'");
    if (pos == std::string::npos)
        throw InputError(name, "header field '" + key + "'", "missing in .npy header");
    const auto colon = header.find(':', pos);
    if (colon == std::string::npos)
        throw InputError(name, "header field '" + key + "'", "malformed .npy header");
    return header.substr(colon + 1);
}

NpyHeader parseHeader(const std::string &bytes, const std::string &name)
{
    static const char magic[] = "\x93NUMPY";
    if (bytes.size() < 10 || std::memcmp(bytes.data(), magic, 6) != 0)
        throw InputError(name, "byte 0", "not a .npy file (bad magic)");
    const auto major = static_cast<unsigned char>(bytes[6]);
    std::size_t headerLen = 0;
    std::size_t offset = 0;
    if (major == 1) {
        headerLen = static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            throw InputError(name, "byte 8", "truncated .npy header");
        headerLen = 0;
        for (int i = 0; i < 4; ++i)
            headerLen |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[8 + i])) << (8 * i);
        offset = 12;
    } else {
        throw InputError(name, "byte 6", "unsupported .npy version " + std::to_string(major));
    }
    if (bytes.size() < offset + headerLen)
        throw InputError(name, "byte " + std::to_string(offset), "truncated .npy header");
    const std::string header = bytes.substr(offset, headerLen);

    NpyHeader h;
    h.dataOffset = offset + headerLen;

    std::string descr = headerValue(header, "descr", name);
    const auto q1 = descr.find('\'');
    const auto q2 = descr.find('\'', q1 + 1);
    if (q1 == std::string::npos || q2 == std::string::npos)
        throw InputError(name, "header field 'descr'", "malformed dtype");
    h.descr = descr.substr(q1 + 1, q2 - q1 - 1);
    if (h.descr.size() < 3)
        throw InputError(name, "header field 'descr'", "unsupported dtype '" + h.descr + "'");
    const char endian = h.descr[0];
    h.kind = h.descr[1];
    h.itemSize = 0;
    for (std::size_t i = 2; i < h.descr.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(h.descr[i])) || h.itemSize > 1000)
            throw InputError(name, "header field 'descr'", "unsupported dtype '" + h.descr + "'");
        h.itemSize = h.itemSize * 10 + static_cast<std::size_t>(h.descr[i] - '0');
    }
    if (endian == '>' && h.itemSize > 1)
        throw InputError(name, "header field 'descr'", "big-endian dtype '" + h.descr + "' is not supported");
    const bool okKind = (h.kind == 'f' && (h.itemSize == 4 || h.itemSize == 8)) ||
                        ((h.kind == 'i' || h.kind == 'u') &&
                         (h.itemSize == 1 || h.itemSize == 2 || h.itemSize == 4 || h.itemSize == 8)) ||
                        (h.kind == 'b' && h.itemSize == 1);
    if (!okKind)
        throw InputError(name, "header field 'descr'", "unsupported dtype '" + h.descr + "'");

    const std::string fortran = headerValue(header, "fortran_order", name);
    h.fortranOrder = fortran.find("True") < fortran.find(',');

    std::string shape = headerValue(header, "shape", name);
    const auto p1 = shape.find('(');
    const auto p2 = shape.find(')');
    if (p1 == std::string::npos || p2 == std::string::npos)
        throw InputError(name, "header field 'shape'", "malformed shape");
    std::stringstream ss(shape.substr(p1 + 1, p2 - p1 - 1));
    std::string item;
    while (std::getline(ss, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos)
            continue;
        // Digits only: no sign (stoull would wrap "-1" to 2^64 - 1), no overflow.
        const auto last = item.find_last_not_of(" \t");
        std::size_t dim = 0;
        for (std::size_t i = first; i <= last; ++i) {
            const char c = item[i];
            if (!std::isdigit(static_cast<unsigned char>(c)) || dim > (std::numeric_limits<std::size_t>::max() - 9) / 10)
                throw InputError(name, "header field 'shape'", "bad dimension '" + item + "'");
            dim = dim * 10 + static_cast<std::size_t>(c - '0');
        }
        h.shape.push_back(dim);
    }
    return h;
}

template <typename Src, typename T>
void convert(const char *src, std::size_t n, T *dst)
{
    for (std::size_t i = 0; i < n; ++i) {
        Src v;
        std::memcpy(&v, src + i * sizeof(Src), sizeof(Src));
        dst[i] = static_cast<T>(v);
    }
}

template <typename T>
NpyArray<T> parseNpy(const std::string &bytes, const std::string &name)
{
    const NpyHeader h = parseHeader(bytes, name);
    NpyArray<T> out;
    out.shape = h.shape;
    out.sourceDtype = h.descr;
    // The element count may not overflow, and the data must be in the file
    // before anything is allocated (a header can claim terabytes).
    std::size_t count = 1;
    for (std::size_t dim : h.shape) {
        if (dim != 0 && count > std::numeric_limits<std::size_t>::max() / dim / h.itemSize)
            throw InputError(name, "header field 'shape'", "the shape's element count overflows");
        count *= dim;
    }
    const std::size_t needed = count * h.itemSize;
    if (bytes.size() - h.dataOffset < needed)
        throw InputError(name, "byte " + std::to_string(h.dataOffset),
                         "truncated data: expected " + std::to_string(needed) + " bytes, found " +
                             std::to_string(bytes.size() - h.dataOffset));
    std::vector<T> raw(count);
    const char *src = bytes.data() + h.dataOffset;
    switch (h.kind) {
    case 'f':
        if (h.itemSize == 4) convert<float>(src, count, raw.data());
        else convert<double>(src, count, raw.data());
        break;
    case 'i':
        if (h.itemSize == 1) convert<std::int8_t>(src, count, raw.data());
        else if (h.itemSize == 2) convert<std::int16_t>(src, count, raw.data());
        else if (h.itemSize == 4) convert<std::int32_t>(src, count, raw.data());
        else convert<std::int64_t>(src, count, raw.data());
        break;
    case 'u':
        if (h.itemSize == 1) convert<std::uint8_t>(src, count, raw.data());
        else if (h.itemSize == 2) convert<std::uint16_t>(src, count, raw.data());
        else if (h.itemSize == 4) convert<std::uint32_t>(src, count, raw.data());
        else convert<std::uint64_t>(src, count, raw.data());
        break;
    case 'b':
        convert<std::uint8_t>(src, count, raw.data());
        break;
    }
    if (!h.fortranOrder || h.shape.size() < 2) {
        out.values = std::move(raw);
        return out;
    }
    // Fortran order: first index varies fastest. Convert to row-major.
    const std::size_t nd = h.shape.size();
    std::vector<std::size_t> fstride(nd, 1), cstride(nd, 1);
    for (std::size_t d = 1; d < nd; ++d)
        fstride[d] = fstride[d - 1] * h.shape[d - 1];
    for (std::size_t d = nd - 1; d-- > 0;)
        cstride[d] = cstride[d + 1] * h.shape[d + 1];
    out.values.resize(count);
    std::vector<std::size_t> idx(nd, 0);
    for (std::size_t f = 0; f < count; ++f) {
        std::size_t c = 0;
        for (std::size_t d = 0; d < nd; ++d)
            c += idx[d] * cstride[d];
        out.values[c] = raw[f];
        for (std::size_t d = 0; d < nd; ++d) {
            if (++idx[d] < h.shape[d])
                break;
            idx[d] = 0;
        }
    }
    return out;
}

template <typename T>
void writeNpyImpl(const std::string &path, const std::vector<std::size_t> &shape, const T *data,
                  const char *descr)
{
    std::string dims;
    for (std::size_t i = 0; i < shape.size(); ++i)
        dims += std::to_string(shape[i]) + (shape.size() == 1 || i + 1 < shape.size() ? "," : "");
    if (!shape.empty() && shape.size() > 1 && dims.back() == ',')
        dims.pop_back();
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': (" + dims + "), }";
    // Pad so that magic(6)+version(2)+len(2)+header is a multiple of 64, ending with '\n'.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    const std::size_t count = std::accumulate(shape.begin(), shape.end(), std::size_t{1},
                                              std::multiplies<std::size_t>());
    writeFileAtomically(path, [&](std::ostream &out) {
        out.write("\x93NUMPY\x01\x00", 8);
        const auto len = static_cast<std::uint16_t>(header.size());
        const char lenBytes[2] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8)};
        out.write(lenBytes, 2);
        out.write(header.data(), static_cast<std::streamsize>(header.size()));
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(count * sizeof(T)));
    });
}

} // namespace

NpyArray<double> parseNpyDouble(const std::string &bytes, const std::string &name) { return parseNpy<double>(bytes, name); }
NpyArray<float> parseNpyFloat(const std::string &bytes, const std::string &name) { return parseNpy<float>(bytes, name); }
NpyArray<float> readNpyFloat(const std::string &path) { return parseNpy<float>(readWholeFile(path), path); }
NpyArray<double> readNpyDouble(const std::string &path) { return parseNpy<double>(readWholeFile(path), path); }

void writeNpy(const std::string &path, const std::vector<std::size_t> &shape, const float *data)
{
    writeNpyImpl(path, shape, data, "<f4");
}

void writeNpy(const std::string &path, const std::vector<std::size_t> &shape, const double *data)
{
    writeNpyImpl(path, shape, data, "<f8");
}

} // namespace netsynth
