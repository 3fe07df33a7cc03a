# Tests of core/diffusion. Torch-free ones link netsynth_base (sanitizer build too).
netsynth_add_test(NAME tst_noise_schedule SOURCES core/diffusion/tst_noise_schedule.cpp LIBS netsynth_base LABELS diffusion)
netsynth_add_test(NAME tst_train_config SOURCES core/diffusion/tst_train_config.cpp LIBS netsynth_base LABELS diffusion)
netsynth_add_test(NAME tst_sample_export SOURCES core/diffusion/tst_sample_export.cpp LIBS netsynth_base LABELS diffusion)
netsynth_add_test(NAME tst_gaussian_diffusion SOURCES core/diffusion/tst_gaussian_diffusion.cpp
                  LIBS netsynth_core netsynth_torch LABELS diffusion)
netsynth_add_test(NAME tst_unet SOURCES core/diffusion/tst_unet.cpp LIBS netsynth_core netsynth_torch LABELS diffusion)
netsynth_add_test(NAME tst_trainer SOURCES core/diffusion/tst_trainer.cpp LIBS netsynth_core LABELS diffusion)
netsynth_add_test(NAME tst_sampler SOURCES core/diffusion/tst_sampler.cpp LIBS netsynth_core LABELS diffusion)
# Data-parallel training (c10d Gloo) through `train --nproc`.
netsynth_add_cli_test(NAME tst_distributed SOURCES core/diffusion/tst_distributed.cpp core/diffusion/tiny_config.h
                      LIBS netsynth_base LABELS diffusion cli distributed realdata)
