//! Measures which QR versions a counter camera reads off a phone screen: for each version filled to capacity
//! at level M and each size the code takes in a 640 × 480 camera frame, how many of ten slightly different
//! views (the size stepped by 2 px) rqrr and zbar read back exactly. The table and the choice of
//! `MAX_QR_VERSION` are in docs/forms-qr.md.
//!
//! `cargo run -p machi-publish --example qr_limits` (the zbar counts need Debian's zbar-tools).

#[path = "../tests/camera/mod.rs"]
mod camera;

const TRIALS: u32 = 10;

fn main() {
    let dir = std::env::temp_dir().join(format!("machi-qr-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let spans = [200u32, 260, 320, 400];
    let zbar = camera::zbar_available();
    print!("| version | modules | bytes at M |");
    for s in spans {
        print!(" {s} px: rqrr / zbar |");
    }
    println!();
    println!("|---|---|---|{}", "---|".repeat(spans.len()));
    for version in [5u8, 6, 7, 8, 9, 10, 12, 14, 17, 20, 25, 30, 40] {
        let bytes = camera::filling(version);
        print!(
            "| {version} | {} | {} |",
            17 + 4 * u32::from(version),
            bytes.len()
        );
        for base in spans {
            let (mut r, mut z) = (0, 0);
            for span in (base..).step_by(2).take(TRIALS as usize) {
                let img = camera::camera_view(&bytes, version, span);
                r += u32::from(camera::rqrr_read(&img).contains(&bytes));
                z += u32::from(zbar && camera::zbar_reads(&img, &bytes, &dir, "view"));
            }
            if zbar {
                print!(" {r} / {z} |");
            } else {
                print!(" {r} / – |");
            }
        }
        println!();
    }
    let _ = std::fs::remove_dir_all(&dir);
}
