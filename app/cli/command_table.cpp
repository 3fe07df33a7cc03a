#include "app/cli/command_table.h"

namespace netsynth::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"info", "Versions, compute device and threads", &runInfo},
        {"inspect", "Classes, biflow and packet counts of a traffic dataset", &runInspect},
        {"appshot", "AppShot city traffic maps: info, layers, demo, train, generate, evaluate", &runAppshot},
        {"report", "HTML + PDF report from an evaluation folder (metrics.json)", &runReport},
        {"baseline", "GAN baselines and references: baseline train|sample --model dg|wgan-gasf|empirical|real-resample", &runBaseline},
    };
    return table;
}

} // namespace netsynth::cli
