#include "app/cli/command_table.h"

namespace netsynth::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"info", "Versions, compute device and threads", &runInfo},
    };
    return table;
}

} // namespace netsynth::cli
