#pragma once
// Conventions shared by every netsynth-cli subcommand:
// - `--json` prints one machine-readable JSON object on stdout;
// - exit code 0 on success, 2 for bad input or usage (message on stderr),
//   1 for other failures;
// - long work prints progress on stderr and stops cleanly on Ctrl-C (the
//   first Ctrl-C cancels the running ProgressToken, a second one kills).

#include "core/runtime/progress.h"

#include <QCommandLineParser>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>

namespace netsynth::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Thrown by commands for usage errors (unknown option, missing argument).
struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Options every subcommand accepts: --json, --device, --threads, --quiet.
void addCommonOptions(QCommandLineParser &parser);
// Parses args (args[0] is "netsynth-cli <command>"), applies --device/--threads,
// prints help and exits 0 on --help. Throws UsageError on bad usage.
void parseCommandLine(QCommandLineParser &parser, const QStringList &args);

bool jsonRequested(const QCommandLineParser &parser);
// Prints a JSON object on stdout (pretty, one object, trailing newline).
void printJson(const nlohmann::json &object);

// A ProgressToken that prints "[ 42%] message" on stderr (on a terminal it
// redraws one line; otherwise one line per second) and that Ctrl-C cancels.
class CliProgress
{
public:
    explicit CliProgress(bool quiet = false);
    ~CliProgress();
    ProgressToken &token() { return m_token; }
    void finish(); // ends the progress line

private:
    ProgressToken m_token;
    bool m_tty;
    bool m_quiet;
    std::string m_lastLine; // the last line written to a non-terminal stderr
};

// The positional argument i, or a UsageError naming what is missing.
QString requiredPositional(const QCommandLineParser &parser, int index, const char *what);
// Integer/double option values with a UsageError naming the option when bad.
int intOption(const QCommandLineParser &parser, const QString &name, int fallback);
double doubleOption(const QCommandLineParser &parser, const QString &name, double fallback);

std::string toStd(const QString &s);

} // namespace netsynth::cli
