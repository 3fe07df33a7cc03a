#include "app/cli/cli_application.h"

#include <cstring>

#ifdef NETSYNTH_CLI_PDF
#include <QGuiApplication>
#endif

namespace netsynth::cli {

bool pdfReportsAvailable()
{
#ifdef NETSYNTH_CLI_PDF
    return true;
#else
    return false;
#endif
}

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
#ifdef NETSYNTH_CLI_PDF
    // The first argument that is not an option is the command.
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        // `appshot evaluate` writes a report too.
        const bool appshotEvaluate = std::strcmp(argv[i], "appshot") == 0 && i + 1 < argc &&
                                     std::strcmp(argv[i + 1], "evaluate") == 0;
        if (std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "evaluate") == 0 ||
            std::strcmp(argv[i], "pipeline") == 0 || appshotEvaluate) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
        break;
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace netsynth::cli
