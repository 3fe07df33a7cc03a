#include "app/cli/command_table.h"

namespace netsynth::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"info", "Versions, compute device and threads", &runInfo},
        {"inspect", "Classes, biflow and packet counts of a traffic dataset", &runInspect},
        {"appshot", "AppShot city traffic maps: info, layers, demo, train, generate, evaluate", &runAppshot},
        {"report", "HTML + PDF report from an evaluation folder (metrics.json)", &runReport},
        {"encode", "Encode a traffic dataset into float32 GASF/GADF/MTF image shards", &runEncode},
        {"decode", "Decode an image set back into series (CSV)", &runDecode},
        {"export", "Export an image set as traffic: pcap, pcapng, MIRAGE JSON or CSV", &runExport},
        {"compare", "Real vs synthetic series per class: distributions and distances", &runCompare},
        {"train", "Train a class-conditional diffusion model on an image set", &runTrain},
        {"sample", "Sample images from a diffusion checkpoint (DDPM/DDIM, guidance)", &runSample},
        {"evaluate", "Fidelity, TSTR and early classification of synthetic vs real images", &runEvaluate},
        {"pipeline", "inspect -> encode -> train -> sample -> evaluate -> report, end to end", &runPipeline},
        {"baseline", "GAN baselines and references: baseline train|sample --model dg|wgan-gasf|empirical|real-resample", &runBaseline},
        {"runs", "The training runs below a folder, newest first (steps, last loss)", &runRuns},
    };
    return table;
}

} // namespace netsynth::cli
