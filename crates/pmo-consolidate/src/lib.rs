//! Consolidation (being written).
