//! Precise garbage collector (to be written).
