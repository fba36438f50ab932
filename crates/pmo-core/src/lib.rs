//! API surface (being written).
