//! Build script: when the target is Windows (built on Windows, or cross-compiled from Linux
//! with mingw-w64's `windres`), embeds the icon and the file properties (description, product
//! name, version, copyright) that Explorer shows for `rights-desk.exe`. Elsewhere it does
//! nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/rights-desk.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    // Cross-compiling from Linux: mingw-w64's tools carry the target's prefix.
    if std::env::var("HOST").is_ok_and(|h| !h.contains("windows")) {
        res.set_toolkit_path("/usr/bin")
            .set_windres_path("x86_64-w64-mingw32-windres")
            .set_ar_path("x86_64-w64-mingw32-ar");
    }
    res.set_icon("packaging/windows/rights-desk.ico")
        .set("FileDescription", "Rights Desk")
        .set("ProductName", "Rights Desk")
        .set("CompanyName", "Rights Desk developers")
        .set(
            "LegalCopyright",
            "Rights Desk developers, MIT OR Apache-2.0. General information, not legal advice.",
        );
    if let Err(e) = res.compile() {
        println!("cargo:warning=could not embed the Windows icon and file properties: {e}");
    }
}
