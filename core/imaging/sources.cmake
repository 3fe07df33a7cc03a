# Sources of core/imaging (paths relative to core/).
