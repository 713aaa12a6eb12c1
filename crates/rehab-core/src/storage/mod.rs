//! Where files live, crash-safe writes, the versioned file formats, the single-writer lock,
//! and the background saver. No user interface here.

pub mod fs;
pub mod generations;
pub mod lock;
pub mod paths;
pub mod saver;
pub mod schema;
pub mod store;

pub use lock::{InstanceLock, LockError};
pub use saver::{SaveOutcome, Saver};
pub use store::{FileProblem, Loaded, Restored, SaveBatch, StorageError, Store};
