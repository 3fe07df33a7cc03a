# Sources of core/eval (paths relative to core/).
