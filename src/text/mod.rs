//! Text primitives shared by every stage: line spans, UTF-16 offsets, sentence segmentation.

pub mod lines;
pub mod offsets;
pub mod segment;
