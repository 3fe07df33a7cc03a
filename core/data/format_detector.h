#pragma once
// Which reader a path needs: "mirage", "pcap" or one of the CSV layouts
// ("csv-binned-rows", "csv-binned-file", "csv-packets", "csv-appxact",
// "csv-netflow"). Looks at the first bytes and, for CSV, the header line.

#include <string>
#include <vector>

namespace netsynth {

class FormatDetector
{
public:
    // The format of one file, or "" when it is not a traffic file NetSynth reads.
    static std::string detect(const std::string &file);
    // Every regular file under folder (recursive, sorted, hidden files and
    // NetSynth's own cache files left out).
    static std::vector<std::string> listFiles(const std::string &folder);
    // All formats LoadOptions::format accepts.
    static std::vector<std::string> knownFormats();
    static bool isKnownFormat(const std::string &format);
};

} // namespace netsynth
