//! Where the memory of a loaded directory goes: loads a directory file as the app does and
//! prints the heap each part holds (bytes asked of the allocator, counted by a counting
//! allocator; the process's resident size adds the allocator's own overhead and whatever the
//! window holds).
//!
//! `cargo run --release --example memory -- path/to/directory.ron`

use rights_desk::core::directory::contact::Contact;
use rights_desk::core::directory::search::ContactIndex;
use rights_desk::core::store;
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};
use std::alloc::System;

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Megabytes handed out by the allocator and not yet given back.
fn live_mb() -> f64 {
    let s = ALLOCATOR.stats();
    #[allow(clippy::cast_precision_loss)]
    let live = (s.bytes_allocated as f64) - (s.bytes_deallocated as f64);
    live / 1e6
}

fn main() -> std::process::ExitCode {
    let Some(file) = std::env::args_os().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: memory DIRECTORY.ron");
        return std::process::ExitCode::from(2);
    };
    let start = live_mb();
    let loaded = match store::load_directory(&file) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let directory_mb = live_mb() - start;
    let contacts = loaded.directory.contacts();
    let before = live_mb();
    let index = ContactIndex::build(contacts);
    let index_mb = live_mb() - before;
    let before = live_mb();
    let copy = contacts.to_vec();
    let list_mb = live_mb() - before;
    drop(copy);
    #[allow(clippy::cast_precision_loss)]
    let structs_mb = std::mem::size_of_val(contacts) as f64 / 1e6;
    println!("{} contacts", contacts.len());
    println!("loaded directory:                {directory_mb:7.1} MB");
    println!(
        "  contacts, fixed part ({} B each): {structs_mb:7.1} MB",
        size_of::<Contact>()
    );
    println!(
        "  contacts, their text and lists: {:7.1} MB",
        list_mb - structs_mb
    );
    println!(
        "  the rest (id lookup, deletions): {:7.1} MB",
        directory_mb - list_mb
    );
    println!("search index:                    {index_mb:7.1} MB");
    drop(index);
    std::process::ExitCode::SUCCESS
}
