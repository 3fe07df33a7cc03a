// pcap and pcapng captures (libpcap reads both; the project's reader builds
// biflows from the packets).
#include "core/data/pcap_reader.h"
#include "core/runtime/progress.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace netsynth;
    fuzz::InputFile file(data, size, "fuzz.pcap");
    fuzz::expectClearErrors([&] {
        ProgressToken token;
        std::size_t biflows = 0;
        PcapReader::readFile(file.path(), PcapReadOptions{}, token, [&](Biflow &&) { ++biflows; });
    });
    return 0;
}
