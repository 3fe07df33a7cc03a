#pragma once
// One generic CSV reader driven by a CsvTraceSpec (see csv_trace_spec.h).

#include "core/data/biflow.h"
#include "core/data/csv_trace_spec.h"

#include <functional>
#include <string>
#include <vector>

namespace netsynth {

class ProgressToken;

struct CsvReadOptions
{
    std::string column;                  // TracePerFile: overrides spec.seriesColumn
    std::size_t maxPacketsPerBiflow = 0; // 0 = all
};

class CsvTraceReader
{
public:
    using Sink = std::function<void(Biflow &&)>;

    // Streams the file row by row. Throws InputError(file, "line N, column X", why).
    static void readFile(const std::string &path, const CsvTraceSpec &spec, const CsvReadOptions &options,
                         ProgressToken &token, const Sink &sink);

    // The header of a CSV file, names trimmed; throws InputError when unreadable or empty.
    static std::vector<std::string> readHeader(const std::string &path);

    // Splits one CSV line (double quotes respected), trimming blanks around fields.
    static std::vector<std::string> splitLine(const std::string &line);

    // "alexa_5_30s_L_1.csv" -> "alexa_5_30s_L" with stripRunSuffix, else "alexa_5_30s_L_1".
    static std::string labelFromFileName(const std::string &path, bool stripRunSuffix);
};

} // namespace netsynth
