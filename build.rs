//! Build script: on Windows, embeds the icon and the file properties (description, product
//! name, version, copyright) that Explorer shows for `rights-desk.exe`. Elsewhere it does
//! nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/rights-desk.ico");
    #[cfg(windows)]
    {
        let mut res = winresource::WindowsResource::new();
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
}
