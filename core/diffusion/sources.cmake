# Sources of core/diffusion (paths relative to core/).
# Torch-free: configuration and schedule math (widgets, CLI and sanitizer build).
list(APPEND NETSYNTH_BASE_SOURCES
  diffusion/noise_schedule.h diffusion/noise_schedule.cpp
  diffusion/unet_config.h diffusion/unet_config.cpp
  diffusion/train_config.h diffusion/train_config.cpp
)
list(APPEND NETSYNTH_BASE_SOURCES
  diffusion/train_control.h
  diffusion/checkpoint_info.h diffusion/checkpoint_info.cpp
  diffusion/trainer.h
  diffusion/sampler.h
  diffusion/sample_export.h diffusion/sample_export.cpp
)
# Torch: the U-Net, the diffusion process, checkpoints, trainer and samplers.
list(APPEND NETSYNTH_TORCH_SOURCES
  diffusion/res_block_impl.h diffusion/res_block.cpp
  diffusion/attention_block_impl.h diffusion/attention_block.cpp
  diffusion/unet_impl.h diffusion/unet.cpp
  diffusion/gaussian_diffusion_impl.h diffusion/gaussian_diffusion.cpp
  diffusion/autocast_guard_impl.h
  diffusion/sample_loop_impl.h diffusion/sample_loop.cpp
  diffusion/checkpoint_io_impl.h diffusion/checkpoint_io.cpp
  diffusion/trainer.cpp
  diffusion/sampler.cpp
)
