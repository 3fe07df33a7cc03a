# Sources of core/diffusion (paths relative to core/).
