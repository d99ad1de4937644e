//! CPU time of one frame, headless (layout and tessellation; no GPU): the reader with the whole
//! table of contents and the longest entry open, the reader with a search with many hits, and
//! the directory with 100,000 contacts and the editor open, and a verification round over
//! 100,000 contacts (choosing, then a contact being checked). Run with `cargo bench --bench ui`.

use criterion::{Criterion, criterion_group, criterion_main};
use rights_desk::core::workspace::paths::DataPaths;
use rights_desk::ui::RightsDeskApp;
use rights_desk::ui::command::Command;
use std::hint::black_box;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut RightsDeskApp) {
    let out = ctx.run_ui(input(), |ui| app.main_ui(ui));
    let prims = ctx.tessellate(out.shapes.clone(), out.pixels_per_point);
    black_box(prims);
    out.drop_without_applying_deltas();
}

fn reader(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, query) in [("toc, q14 open", ""), ("search 'ice', q14 open", "ice")] {
        let mut app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
        app.apply(Command::OpenEntry("q14".into()));
        app.apply(Command::SetQuery(query.into()));
        let ctx = egui::Context::default();
        for _ in 0..5 {
            frame(&ctx, &mut app);
        }
        c.bench_function(&format!("reader frame: {name}"), |b| {
            b.iter(|| frame(&ctx, &mut app));
        });
    }
}

fn directory(c: &mut Criterion) {
    use rights_desk::core::directory::Directory;
    use rights_desk::core::{directory::generate, store};
    use rights_desk::ui::command::Tab;
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::new(generate::contacts(100_000, 42));
    store::save_directory(&dir.path().join("directory.ron"), &directory, None).expect("save");
    let mut app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    app.apply(Command::SetTab(Tab::Directory));
    let first = app.directory().contacts()[500].id.clone();
    app.apply(Command::Directory(
        rights_desk::ui::command::DirectoryAction::SelectContact(Some(first.to_string())),
    ));
    let ctx = egui::Context::default();
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    c.bench_function("directory frame: 100k contacts, editor open", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
}

fn round(c: &mut Criterion) {
    use rights_desk::core::directory::Directory;
    use rights_desk::core::directory::round::Round;
    use rights_desk::core::{directory::generate, store};
    use rights_desk::ui::command::DirectoryAction;
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = Directory::new(generate::contacts(100_000, 42));
    store::save_directory(&dir.path().join("directory.ron"), &directory, None).expect("save");
    let mut app = RightsDeskApp::from_storage(DataPaths::at(dir.path()), None);
    app.apply(Command::Directory(DirectoryAction::OpenRound));
    let ctx = egui::Context::default();
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    c.bench_function("round frame: 100k contacts, choosing", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
    let ids = app
        .directory()
        .contacts()
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    if let Some(screen) = app.tabs.directory.round.as_mut() {
        screen.round = Some(Round::new(ids));
    }
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    c.bench_function("round frame: 100k contacts, a contact being checked", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
}

criterion_group!(benches, reader, directory, round);
criterion_main!(benches);
