# Sources of core/appshot (paths relative to core/).
# Torch-free: city model, readers, demo traffic, tiling, metrics, baselines.
list(APPEND NETSYNTH_BASE_SOURCES
  appshot/layer_normalization.h appshot/layer_normalization.cpp
  appshot/context_layer.h appshot/context_layer.cpp
  appshot/geo_reference.h appshot/geo_reference.cpp
  appshot/traffic_maps.h appshot/traffic_maps.cpp
  appshot/city.h appshot/city.cpp
  appshot/grid_geometry.h appshot/grid_geometry.cpp
  appshot/shapefile_grid.h appshot/shapefile_grid.cpp
  appshot/geojson_grid.h appshot/geojson_grid.cpp
  appshot/city_reader.h appshot/city_reader.cpp
  appshot/city_writer.h appshot/city_writer.cpp
  appshot/netmob23_reader.h appshot/netmob23_reader.cpp
  appshot/demo_traffic_generator.h appshot/demo_traffic_generator.cpp
  appshot/training_cities.h appshot/training_cities.cpp
  appshot/patch_tiler.h appshot/patch_tiler.cpp
  appshot/appshot_metrics.h appshot/appshot_metrics.cpp
  appshot/appshot_baselines.h appshot/appshot_baselines.cpp
  appshot/appshot_evaluation.h appshot/appshot_evaluation.cpp
  appshot/region_holdout.h appshot/region_holdout.cpp
  appshot/appshot_report.h appshot/appshot_report.cpp
  appshot/appshot_config.h appshot/appshot_config.cpp
)
# The conditional GAN (libtorch): FiLM generator, two discriminators, trainer, generator.
list(APPEND NETSYNTH_TORCH_SOURCES
  appshot/appshot_networks_impl.h appshot/appshot_networks.cpp
  appshot/appshot_trainer.h appshot/appshot_trainer.cpp
  appshot/appshot_generator.h appshot/appshot_generator.cpp
  appshot/appshot_holdout_study.h appshot/appshot_holdout_study.cpp
  appshot/composition_probe.h appshot/composition_probe.cpp
)
