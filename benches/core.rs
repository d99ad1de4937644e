//! Core benchmarks on generated directories of 10,000 and 100,000 contacts: load, save, and
//! one search (index already built, as in the app). Run with `cargo bench --bench core`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rights_desk::core::directory::Directory;
use rights_desk::core::search::{ContactIndex, Query};
use rights_desk::core::{generate, store};
use std::hint::black_box;

fn storage(c: &mut Criterion) {
    let mut group = c.benchmark_group("directory");
    group.sample_size(10);
    for n in [10_000usize, 100_000] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("directory.ron");
        let directory = Directory::new(generate::contacts(n, 42));
        store::save_directory(&path, &directory, None).expect("save");
        group.bench_with_input(BenchmarkId::new("load", n), &path, |b, path| {
            b.iter(|| black_box(store::load_directory(path).expect("load")));
        });
        group.bench_with_input(BenchmarkId::new("save", n), &path, |b, path| {
            b.iter(|| store::save_directory(path, &directory, None).expect("save"));
        });
        let index = ContactIndex::build(directory.contacts());
        for q in ["dona ana", "legal clinic albuquerque"] {
            let query = Query::new(q);
            group.bench_with_input(
                BenchmarkId::new(format!("search '{q}'"), n),
                &query,
                |b, query| b.iter(|| black_box(index.ranked(query))),
            );
        }
        for text in ["d", "dona", "legal clinic"] {
            let filter = rights_desk::core::view::Filter {
                text: text.into(),
                ..Default::default()
            };
            group.bench_with_input(
                BenchmarkId::new(format!("list filter '{text}'"), n),
                &filter,
                |b, filter| {
                    b.iter(|| {
                        black_box(rights_desk::core::view::filter_and_sort(
                            directory.contacts(),
                            &index,
                            filter,
                            rights_desk::core::view::Sort::default(),
                            jiff::civil::date(2026, 11, 27),
                            180,
                        ))
                    });
                },
            );
        }
        group.bench_with_input(
            BenchmarkId::new("build search index", n),
            &directory,
            |b, d| {
                b.iter(|| black_box(ContactIndex::build(d.contacts())));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, storage);
criterion_main!(benches);
