//! JSON Lines dumps: one release per line.
