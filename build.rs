//! Reads every translation (`i18n/<language>.ftl`) at build time with the same reader the
//! app uses (src/text/ftl.rs), so a message the app cannot read stops the build, naming
//! the file and line, instead of going missing in the browser. The files themselves are
//! served beside the app and fetched for the language shown.

#[path = "src/text/ftl.rs"]
#[allow(dead_code)]
mod ftl;

fn main() {
    println!("cargo:rerun-if-changed=src/text/ftl.rs");
    for language in ["en", "nb", "sv"] {
        let file = format!("i18n/{language}.ftl");
        println!("cargo:rerun-if-changed={file}");
        let source =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        if let Err(error) = ftl::parse(&source) {
            panic!("{file}, {error}");
        }
    }
}
