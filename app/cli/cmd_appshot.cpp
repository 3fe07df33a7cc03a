// netsynth-cli appshot <subcommand>: AppShot city traffic snapshots.
//   info CITY [--json]                 grid, geo-reference, layers, traffic of a city folder
//   layers CITY [--json]               per-layer kind, normalisation and statistics
//   demo CITY --out DIR [--services N] [--days D] [--seed S]
//                                      SIMULATED multi-service traffic over the city's context
//   crop CITY --rows A-B --cols C-D --out DIR
//                                      a block of a city (layers and traffic) as a .npy city folder
//   train / generate / evaluate        see cmd_appshot_model.cpp
#include "app/cli/cli_common.h"
#include "app/cli/cmd_appshot.h"
#include "app/cli/command_table.h"

#include "core/appshot/city_reader.h"
#include "core/appshot/city_writer.h"
#include "core/appshot/demo_traffic_generator.h"

#include <QFileInfo>

#include <iostream>

namespace netsynth::cli {

namespace {
void printUsage(std::ostream &out)
{
    out << "Usage: netsynth-cli appshot <subcommand> [options]\n\n"
           "Subcommands:\n"
           "  info CITY         grid, geo-reference, context layers and traffic of a city folder\n"
           "  layers CITY       context layers with kind, normalisation and statistics\n"
           "  demo CITY --out DIR   write SIMULATED multi-service traffic (procedural demo data)\n"
           "  crop CITY --rows A-B --cols C-D --out DIR   a block of a city as a .npy city folder\n"
           "  train --cities DIR... --out RUNDIR     train the AppShot GAN (and the baselines)\n"
           "  generate --checkpoint FILE --city DIR --out DIR [--hours LIST]\n"
           "  evaluate --generated DIR --real DIR --out DIR\n"
           "  probe --checkpoint FILE --cities DIR...   is the composition discriminator learning?\n"
           "  holdout --city DIR --out DIR   spatial hold-out study: GAN vs ridge vs population on unseen stripes\n\n"
           "Run 'netsynth-cli appshot <subcommand> --help' for its options.\n";
}

int runInfoOrLayers(const QStringList &args, bool layers)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(layers ? QStringLiteral("Context layers of a city: kind, normalisation, statistics.")
                                            : QStringLiteral("Grid, geo-reference, layers and traffic of a city folder."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("city"), QStringLiteral("City folder (or .csv grid)."));
    parseCommandLine(parser, args);
    const City city = CityReader::read(toStd(requiredPositional(parser, 0, "CITY")));
    const nlohmann::json j = layers ? city.layersJson() : city.infoJson();
    if (jsonRequested(parser)) {
        printJson(j);
        return ExitOk;
    }
    if (layers) {
        std::cout << "City " << city.name << ": " << city.layers.size() << " layers\n";
        for (const auto &l : j["layers"])
            std::cout << "  " << l["name"].get<std::string>() << "  [" << l["group"].get<std::string>() << ", "
                      << l["kind"].get<std::string>() << ", " << l["normalization"]["transform"].get<std::string>()
                      << "]  min " << l["min"].get<double>() << "  max " << l["max"].get<double>() << "  sum "
                      << l["sum"].get<double>() << "\n";
    } else {
        std::cout << "City " << city.name << " (" << city.layout << "): " << city.rows << " x " << city.cols
                  << " cells, " << city.validCells() << " valid\n";
        if (city.geo.valid)
            std::cout << "  geo-reference: " << city.geo.source << ", cell " << city.geo.cellWidth << " x "
                      << city.geo.cellHeight << ", row 0 at the " << (city.geo.rowZeroNorth ? "north" : "south")
                      << "\n";
        std::cout << "  context layers: " << city.layers.size() << "\n";
        if (city.traffic)
            std::cout << "  traffic: " << city.traffic->steps << " steps x " << city.traffic->services
                      << " services, " << provenanceName(city.traffic->provenance)
                      << (city.traffic->simulated() ? " (SIMULATED)" : "") << "\n";
        for (const auto &n : city.notes)
            std::cout << "  note: " << n << "\n";
    }
    return ExitOk;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write SIMULATED multi-service traffic over a city's context layers (seeded procedural demo "
                       "data, labelled simulated; never a measurement)."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("city"), QStringLiteral("City folder."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output traffic folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("services"), QStringLiteral("Number of simulated services, 1-6 (default 4)."),
                      QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of hourly maps from Monday (default 7)."),
                      QStringLiteral("n"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("n"),
                      QStringLiteral("1")});
    parseCommandLine(parser, args);
    if (!parser.isSet(QStringLiteral("out")))
        throw UsageError("missing --out DIR");
    const City city = CityReader::read(toStd(requiredPositional(parser, 0, "CITY")));
    DemoTrafficSpec spec;
    spec.services = intOption(parser, QStringLiteral("services"), 4);
    spec.days = intOption(parser, QStringLiteral("days"), 7);
    spec.seed = static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"), 1));
    const TrafficMaps t = DemoTrafficGenerator::generate(city, spec);
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    t.saveTo(out);
    nlohmann::json j = t.describe();
    j["out"] = out;
    j.erase("hours");
    if (jsonRequested(parser))
        printJson(j);
    else
        std::cout << "Wrote SIMULATED traffic " << t.steps << " x " << t.services << " x " << t.rows << " x "
                  << t.cols << " to " << out << "\n";
    return ExitOk;
}
void parseRange(const QString &text, const char *option, int &first, int &count)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2) {
        first = parts[0].toInt(&ok1);
        count = parts[1].toInt(&ok2) - first + 1;
    }
    if (!ok1 || !ok2 || first < 0 || count < 1)
        throw UsageError(std::string("--") + option + " expects FIRST-LAST (0-based, inclusive), got '" + toStd(text) + "'");
}

int runCrop(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a block of a city (context layers, validity, traffic) as a .npy city folder. Rows are numbered as "
        "stored (the German grids store row 0 at the south edge); the folder is written north-first. Use it to "
        "hold out a region when only one city has traffic."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("city"), QStringLiteral("City folder."));
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Stored rows FIRST-LAST (inclusive)."), QStringLiteral("range")});
    parser.addOption({QStringLiteral("cols"), QStringLiteral("Columns FIRST-LAST (inclusive)."), QStringLiteral("range")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output city folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Name of the cropped city (default: the folder name)."), QStringLiteral("name")});
    parseCommandLine(parser, args);
    for (const char *o : {"rows", "cols", "out"})
        if (!parser.isSet(QString::fromLatin1(o)))
            throw UsageError(std::string("missing --") + o);
    const City city = CityReader::read(toStd(requiredPositional(parser, 0, "CITY")));
    int r0 = 0, nr = 0, c0 = 0, nc = 0;
    parseRange(parser.value(QStringLiteral("rows")), "rows", r0, nr);
    parseRange(parser.value(QStringLiteral("cols")), "cols", c0, nc);
    const std::string out = toStd(parser.value(QStringLiteral("out")));
    const std::string name = parser.isSet(QStringLiteral("name")) ? toStd(parser.value(QStringLiteral("name")))
                                                                 : toStd(QFileInfo(QString::fromStdString(out)).fileName());
    const City block = CityWriter::crop(city, r0, c0, nr, nc, name);
    CityWriter::writeNpyFolder(block, out);
    nlohmann::json j = {{"out", out}, {"city", name}, {"from", city.name}, {"rows", nr}, {"cols", nc},
                        {"layers", block.layers.size()}, {"valid_cells", block.validCells()},
                        {"traffic", block.traffic ? nlohmann::json(provenanceName(block.traffic->provenance)) : nlohmann::json(nullptr)}};
    if (jsonRequested(parser))
        printJson(j);
    else
        std::cout << "Wrote " << nr << " x " << nc << " cells of " << city.name << " (" << block.layers.size()
                  << " layers" << (block.traffic ? ", traffic" : "") << ") to " << out << "\n";
    return ExitOk;
}
} // namespace

int runAppshot(const QStringList &args)
{
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? std::cerr : std::cout);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = args[1];
    QStringList rest;
    rest << args[0] + QLatin1Char(' ') + sub;
    rest << args.mid(2);
    if (sub == QLatin1String("info"))
        return runInfoOrLayers(rest, false);
    if (sub == QLatin1String("layers"))
        return runInfoOrLayers(rest, true);
    if (sub == QLatin1String("demo"))
        return runDemo(rest);
    if (sub == QLatin1String("crop"))
        return runCrop(rest);
    if (sub == QLatin1String("train"))
        return runAppshotTrain(rest);
    if (sub == QLatin1String("generate"))
        return runAppshotGenerate(rest);
    if (sub == QLatin1String("evaluate"))
        return runAppshotEvaluate(rest);
    if (sub == QLatin1String("probe"))
        return runAppshotProbe(rest);
    if (sub == QLatin1String("holdout"))
        return runAppshotHoldout(rest);
    throw UsageError("unknown appshot subcommand '" + toStd(sub) + "' (expected info, layers, demo, crop, train, generate, evaluate, probe, holdout)");
}

} // namespace netsynth::cli
