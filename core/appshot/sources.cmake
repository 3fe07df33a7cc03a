# Sources of core/appshot (paths relative to core/).
