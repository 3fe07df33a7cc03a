# Sources of core/baselines (paths relative to core/): the GAN baselines and
# the reference generators compared with the diffusion engine.
list(APPEND NETSYNTH_BASE_SOURCES
  baselines/baseline_kind.h baselines/baseline_kind.cpp
  baselines/baseline_config.h baselines/baseline_config.cpp
  baselines/baseline_train_types.h
  baselines/gan_step_log.h baselines/gan_step_log.cpp
  baselines/packet_series_set.h baselines/packet_series_set.cpp
  baselines/empirical_sampler.h baselines/empirical_sampler.cpp
  baselines/real_resampler.h baselines/real_resampler.cpp
  baselines/generator_comparison.h baselines/generator_comparison.cpp
  baselines/baseline_checkpoint_info.h baselines/baseline_checkpoint_info.cpp
  baselines/image_series_bridge.h baselines/image_series_bridge.cpp
)
list(APPEND NETSYNTH_TORCH_SOURCES
  baselines/gan_common_impl.h
  baselines/mlp_impl.h
  baselines/dg_feature_generator_impl.h
  baselines/wgan_generator_impl.h
  baselines/wgan_critic_impl.h
  baselines/gan_networks.cpp
  baselines/dg_model.h baselines/dg_model.cpp
  baselines/wgan_gasf_model.h baselines/wgan_gasf_model.cpp
  baselines/baseline_trainer.h baselines/baseline_trainer.cpp
  baselines/baseline_sampler.h baselines/baseline_sampler.cpp
)
