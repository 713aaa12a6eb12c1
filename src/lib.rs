//! rehab-tracker: a private, local-first diary and plan for a home strengthening programme
//! for buttock and hip pain from ischiofemoral impingement.
//!
//! The core (`model`, `storage`, `analysis`, `export`, `handoff`, `cli`) knows nothing of the window; `ui` reads
//! the journal and emits commands.

pub mod analysis;
pub mod cli;
pub mod demo;
pub mod desktop;
pub mod export;
pub mod handoff;
pub mod logging;
pub mod model;
pub mod picture;
pub mod record;
pub mod review;
pub mod storage;
pub mod ui;
