// netsynth-cli appshot <subcommand>: AppShot city traffic snapshots.
//   info CITY [--json]                 grid, geo-reference, layers, traffic of a city folder
//   layers CITY [--json]               per-layer kind, normalisation and statistics
//   demo CITY --out DIR [--services N] [--days D] [--seed S]
//                                      SIMULATED multi-service traffic over the city's context
//   train / generate / evaluate        see cmd_appshot_model.cpp
#include "app/cli/cli_common.h"
#include "app/cli/cmd_appshot.h"
#include "app/cli/command_table.h"

#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"

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
           "  train --cities DIR... --out RUNDIR     train the AppShot GAN (and the baselines)\n"
           "  generate --checkpoint FILE --city DIR --out DIR [--hours LIST]\n"
           "  evaluate --generated DIR --real DIR --out DIR\n\n"
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
    if (sub == QLatin1String("train"))
        return runAppshotTrain(rest);
    if (sub == QLatin1String("generate"))
        return runAppshotGenerate(rest);
    if (sub == QLatin1String("evaluate"))
        return runAppshotEvaluate(rest);
    throw UsageError("unknown appshot subcommand '" + toStd(sub) + "' (expected info, layers, demo, train, generate, evaluate)");
}

} // namespace netsynth::cli
