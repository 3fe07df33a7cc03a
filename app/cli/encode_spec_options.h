#pragma once
// The series/image encoding options shared by `encode` and `pipeline`:
// --feature --length --image-size --gamma --amplitude --encoder --padding
// --normalisation --log-scale --bin-seconds --mtf-bins --snap --snap-min-count.

#include "core/imaging/encode_spec.h"

#include <QCommandLineParser>

namespace netsynth::cli {

void addEncodeSpecOptions(QCommandLineParser &parser);
// True when any of those options was given.
bool encodeSpecOptionsSet(const QCommandLineParser &parser);
// `spec` with the options given applied; --length alone also sets the image
// size (and the other way round), so the default stays lossless. Bad values
// throw UsageError naming the option.
EncodeSpec encodeSpecFrom(const QCommandLineParser &parser, EncodeSpec spec);

} // namespace netsynth::cli
