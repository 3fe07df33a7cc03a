#include "core/data/format_detector.h"

#include "core/data/csv_trace_reader.h"
#include "core/data/csv_trace_spec.h"
#include "core/data/pcap_reader.h"
#include "core/runtime/errors.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace netsynth {

namespace fs = std::filesystem;

static std::string lowerExtension(const std::string &file)
{
    std::string ext = fs::path(file).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string FormatDetector::detect(const std::string &file)
{
    if (PcapReader::looksLikeCapture(file))
        return "pcap";
    const std::string ext = lowerExtension(file);
    if (ext == ".pcap" || ext == ".pcapng" || ext == ".cap")
        return "pcap";
    if (ext == ".json")
        return "mirage";
    if (ext == ".csv") {
        try {
            const CsvTraceSpec *spec = csvSpecForHeader(CsvTraceReader::readHeader(file));
            return spec ? spec->format : std::string();
        } catch (const InputError &) {
            return {};
        }
    }
    // No telling extension: a JSON object is taken as MIRAGE.
    std::ifstream in(file, std::ios::binary);
    char c = 0;
    while (in.get(c))
        if (!std::isspace(static_cast<unsigned char>(c)))
            return c == '{' ? "mirage" : std::string();
    return {};
}

std::vector<std::string> FormatDetector::listFiles(const std::string &folder)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
         it != end; it.increment(ec)) {
        if (ec)
            break;
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec))
            out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> FormatDetector::knownFormats()
{
    std::vector<std::string> f = {"mirage", "pcap"};
    for (const CsvTraceSpec &s : builtinCsvSpecs())
        f.push_back(s.format);
    return f;
}

bool FormatDetector::isKnownFormat(const std::string &format)
{
    const auto f = knownFormats();
    return std::find(f.begin(), f.end(), format) != f.end();
}

} // namespace netsynth
