// netsynth-cli info (also: netsynth-cli --version): versions and device.
#include "app/cli/cli_common.h"
#include "app/cli/command_table.h"
#include "app/cli/version_info.h"

#include <iostream>

namespace netsynth::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print versions of NetSynth Studio and its libraries, and the compute device."));
    addCommonOptions(parser);
    parseCommandLine(parser, args);
    const nlohmann::json info = versionJson();
    if (jsonRequested(parser))
        printJson(info);
    else
        std::cout << versionText();
    return ExitOk;
}

} // namespace netsynth::cli
