#include "app/cli/cli_common.h"

#include "core/runtime/device.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace netsynth::cli {

namespace {
std::atomic<ProgressToken *> g_activeToken{nullptr};
std::atomic<int> g_interrupts{0};

void onSigint(int)
{
    if (g_interrupts.fetch_add(1) >= 1 || g_activeToken.load() == nullptr) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
        return;
    }
    static const char msg[] = "\nnetsynth-cli: interrupted, stopping cleanly (Ctrl-C again to kill)\n";
    [[maybe_unused]] auto n = ::write(STDERR_FILENO, msg, sizeof msg - 1);
    g_activeToken.load()->cancel();
}
} // namespace

std::string toStd(const QString &s)
{
    return s.toStdString();
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a machine-readable JSON result on stdout.")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Compute device: auto, cpu or cuda (default auto)."),
                      QStringLiteral("device"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("CPU threads for compute (default: all cores)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Do not print progress on stderr.")});
}

void parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        throw UsageError(toStd(parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        std::cout << toStd(parser.helpText());
        std::exit(ExitOk);
    }
    const int threads = intOption(parser, QStringLiteral("threads"), 0);
    DeviceManager::configure(parseDevicePreference(toStd(parser.value(QStringLiteral("device")))), threads);
}

bool jsonRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("json"));
}

void printJson(const nlohmann::json &object)
{
    std::cout << object.dump(2) << std::endl;
}

CliProgress::CliProgress(bool quiet) : m_tty(::isatty(STDERR_FILENO) != 0), m_quiet(quiet)
{
    if (!m_quiet) {
        m_token.setObserver([this](double fraction, const std::string &message) {
            // Called under the token's lock, so m_lastLine needs no lock of its own.
            char line[512];
            std::snprintf(line, sizeof line, "[%3d%%] %s", static_cast<int>(fraction * 100.0 + 0.5), message.c_str());
            if (m_tty) {
                std::fprintf(stderr, "\r\033[K%s", line);
            } else {
                // A log gets a line when the percentage or the message changes,
                // not ten copies a second of the same one.
                if (m_lastLine == line)
                    return;
                m_lastLine = line;
                std::fprintf(stderr, "%s\n", line);
            }
            std::fflush(stderr);
        });
    }
    g_interrupts.store(0);
    g_activeToken.store(&m_token);
    std::signal(SIGINT, onSigint);
    std::signal(SIGTERM, onSigint);
}

CliProgress::~CliProgress()
{
    finish();
    g_activeToken.store(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void CliProgress::finish()
{
    if (!m_quiet && m_tty)
        std::fprintf(stderr, "\n");
    m_quiet = true; // print the newline once
    m_token.setObserver({});
}

QString requiredPositional(const QCommandLineParser &parser, int index, const char *what)
{
    const QStringList pos = parser.positionalArguments();
    if (index >= pos.size())
        throw UsageError(std::string("missing argument: ") + what);
    return pos.at(index);
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name) && parser.value(name).isEmpty())
        return fallback;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok)
        throw UsageError("--" + toStd(name) + ": expected an integer, got '" + toStd(parser.value(name)) + "'");
    return v;
}

double doubleOption(const QCommandLineParser &parser, const QString &name, double fallback)
{
    if (!parser.isSet(name) && parser.value(name).isEmpty())
        return fallback;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok)
        throw UsageError("--" + toStd(name) + ": expected a number, got '" + toStd(parser.value(name)) + "'");
    return v;
}

} // namespace netsynth::cli
