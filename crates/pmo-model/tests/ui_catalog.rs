//! The desktop app's front end reads its strings from a TypeScript copy of the catalog: it must
//! be the catalog of this commit. `UPDATE_BINDINGS=1` rewrites it instead of failing.

use std::path::PathBuf;

#[test]
fn ui_catalog_is_fresh() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/generated/catalog.ts");
    let expected = pmo_model::i18n::typescript_catalog();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).expect("writes the catalog");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p pmo-model --test ui_catalog`",
        path.display()
    );
}
