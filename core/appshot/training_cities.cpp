#include "core/appshot/training_cities.h"

#include "core/appshot/city_reader.h"
#include "core/appshot/demo_traffic_generator.h"
#include "core/runtime/errors.h"
#include "core/runtime/progress.h"

namespace netsynth {

std::vector<City> readTrainingCities(const TrainingCitiesRequest &request, ProgressToken *token)
{
    if (request.dirs.empty())
        throw InputError({}, "--cities", "no training city");
    std::vector<City> cities;
    for (std::size_t i = 0; i < request.dirs.size(); ++i) {
        if (token) {
            token->throwIfCanceled();
            token->setProgress(static_cast<double>(i) / static_cast<double>(request.dirs.size()),
                               "reading " + request.dirs[i]);
        }
        City c = CityReader::read(request.dirs[i]);
        if (request.demo) {
            DemoTrafficSpec spec;
            spec.services = request.demoServices;
            spec.days = request.demoDays;
            spec.seed = request.seed * 1000 + static_cast<std::uint64_t>(i);
            c.traffic = DemoTrafficGenerator::generate(c, spec);
        }
        cities.push_back(std::move(c));
    }
    return cities;
}

} // namespace netsynth
