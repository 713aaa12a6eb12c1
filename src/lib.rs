//! rehab-tracker: a private, local-first diary and plan for a home strengthening programme
//! for buttock and hip pain from ischiofemoral impingement.
//!
//! The core (the `rehab-core` crate: model, record, storage, analysis, export, handoff,
//! review, picture, demo) knows nothing of the window and is re-exported here under its own
//! module names. This crate adds the command line (`cli`), the window (`ui`), the desktop's
//! reminders (`desktop`) and `logging`; `ui` reads the journal and emits commands.

pub use rehab_core::{
    analysis, demo, export, handoff, i18n, model, picture, record, review, storage, t, t_in,
};

pub mod cli;
pub mod desktop;
pub mod logging;
pub mod ui;
