// netsynth-cli: the headless front end. Every step the GUI runs, the CLI runs.
//   netsynth-cli [--version] [--json] <command> [options]
#include "app/cli/cli_application.h"
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"
#include "app/cli/version_info.h"

#include "core/runtime/device.h"
#include "core/runtime/errors.h"

#include <QCoreApplication>

#include <csignal>

#include <cstdio>
#include <iostream>

using namespace netsynth;
using namespace netsynth::cli;

static void printUsage(std::ostream &out)
{
    out << "Usage: netsynth-cli [--version] [--json] <command> [options]\n\n"
           "NetSynth Studio, headless: generative modelling of network traffic.\n\n"
           "Commands:\n";
    for (const Command &c : commands()) {
        std::string name = c.name;
        name.resize(12, ' ');
        out << "  " << name << c.summary << "\n";
    }
    out << "\nRun 'netsynth-cli <command> --help' for a command's options.\n"
           "Common options: --json (JSON on stdout), --device auto|cpu|cuda, --threads N, --quiet.\n"
           "Exit codes: 0 success, 1 failure, 2 bad input or usage.\n";
}

int main(int argc, char **argv)
{
    // A file-size limit (ulimit -f) or a full quota makes writes fail with an
    // error the writers report ("write failed (disk full?)", exit 2), not
    // SIGXFSZ's silent kill (tst_disk_full).
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const auto app = createCliApplication(argc, argv); // QGuiApplication (offscreen) for PDF reports
    QCoreApplication::setApplicationName(QStringLiteral("netsynth-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETSYNTH_VERSION));
    QStringList args = QCoreApplication::arguments();

    // Top-level flags before the command.
    bool json = false;
    bool version = false;
    int i = 1;
    for (; i < args.size() && args[i].startsWith(QLatin1Char('-')); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--json")) json = true;
        else if (a == QLatin1String("--version") || a == QLatin1String("-v")) version = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) { printUsage(std::cout); return ExitOk; }
        else { std::cerr << "netsynth-cli: unknown option '" << a.toStdString() << "'\n\n"; printUsage(std::cerr); return ExitUsage; }
    }
    try {
        if (version) {
            // Rest of the line may carry --device etc.; keep it simple: honour --json only.
            for (int k = i; k < args.size(); ++k)
                if (args[k] == QLatin1String("--json")) json = true;
            if (json) printJson(versionJson());
            else std::cout << versionText();
            return ExitOk;
        }
        if (i >= args.size()) {
            printUsage(std::cerr);
            return ExitUsage;
        }
        const QString name = args[i];
        for (const Command &c : commands()) {
            if (name == QLatin1String(c.name)) {
                QStringList sub;
                sub << QStringLiteral("netsynth-cli ") + name;
                sub << args.mid(i + 1);
                if (json && !sub.contains(QStringLiteral("--json")))
                    sub << QStringLiteral("--json");
                return c.run(sub);
            }
        }
        std::cerr << "netsynth-cli: unknown command '" << name.toStdString() << "'\n\n";
        printUsage(std::cerr);
        return ExitUsage;
    } catch (const UsageError &e) {
        std::cerr << "netsynth-cli: " << e.what() << "\n";
        return ExitUsage;
    } catch (const InputError &e) {
        std::cerr << "netsynth-cli: error: " << e.what() << "\n";
        return ExitUsage;
    } catch (const CanceledError &) {
        std::cerr << "netsynth-cli: canceled\n";
        return ExitFailure;
    } catch (const std::exception &e) {
        std::cerr << "netsynth-cli: failure: " << e.what() << "\n";
        return ExitFailure;
    }
}
