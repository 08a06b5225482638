//! Finds out whether the officers' page can be tested in a real browser
//! here: headless Chromium, its driver and Python's selenium. When they are
//! missing, `tests/it/page.rs` is compiled as ignored (and says why); CI
//! installs them (`.ci/run`). After installing them, `touch build.rs`.

use std::path::Path;
use std::process::{Command, Stdio};

fn main() {
    println!("cargo::rustc-check-cfg=cfg(fosx_browser)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=FOSX_CHROMIUM");
    println!("cargo::rerun-if-env-changed=FOSX_CHROMEDRIVER");
    let chromium = std::env::var("FOSX_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let driver =
        std::env::var("FOSX_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let selenium = Command::new("python3")
        .args(["-c", "import selenium"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if Path::new(&chromium).exists() && Path::new(&driver).exists() && selenium {
        println!("cargo::rustc-cfg=fosx_browser");
    }
}
