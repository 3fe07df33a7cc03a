# Sources of core/eval (paths relative to core/).
list(APPEND NETSYNTH_BASE_SOURCES
  eval/gaussian_stats.h eval/gaussian_stats.cpp
  eval/frechet_distance.h eval/frechet_distance.cpp
  eval/distribution_metrics.h eval/distribution_metrics.cpp
  eval/manifold_metrics.h eval/manifold_metrics.cpp
  eval/classification_scores.h eval/classification_scores.cpp
  eval/series_set.h eval/series_set.cpp
  eval/series_fidelity.h eval/series_fidelity.cpp
  eval/series_classifier.h eval/series_classifier.cpp
  eval/report_chart.h eval/report_chart.cpp
)
