# Baselines: GANs (torch) and the reference generators.
netsynth_add_test(NAME tst_baseline_config SOURCES core/baselines/tst_baseline_config.cpp LIBS netsynth_base LABELS baselines)
netsynth_add_test(NAME tst_empirical_sampler SOURCES core/baselines/tst_empirical_sampler.cpp LIBS netsynth_base LABELS baselines)
netsynth_add_test(NAME tst_generator_comparison SOURCES core/baselines/tst_generator_comparison.cpp LIBS netsynth_base LABELS baselines)
netsynth_add_test(NAME tst_real_resampler SOURCES core/baselines/tst_real_resampler.cpp LIBS netsynth_base LABELS baselines)
netsynth_add_test(NAME tst_dg_model SOURCES core/baselines/tst_dg_model.cpp core/baselines/toy_series_impl.h
                  LIBS netsynth_core LABELS baselines torch)
netsynth_add_test(NAME tst_wgan_gasf_model SOURCES core/baselines/tst_wgan_gasf_model.cpp LIBS netsynth_core LABELS baselines torch)
netsynth_add_test(NAME tst_baseline_trainer SOURCES core/baselines/tst_baseline_trainer.cpp LIBS netsynth_core LABELS baselines torch)
