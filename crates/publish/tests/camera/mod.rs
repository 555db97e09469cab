//! What a counter's camera sees of a QR code on a phone screen, and whether two independent decoders read it.
//!
//! The phone shows the code sharply (8 px a module); the camera sees the code and its quiet zone across
//! `span` pixels of a 640 × 480 frame, through a slightly soft lens (Gaussian blur, σ 0.7 px) and with the
//! screen's glare lifting black to 60 and dimming white to 200. Used by the limit test and by
//! `cargo run -p machi-publish --example qr_limits`, which prints the table in docs/forms-qr.md.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use image::imageops::{self, FilterType};
use image::{GrayImage, Luma};
use machi_bundle::forms::qr::{qr_code, render};

/// The camera frame: a common handheld 2D reader's sensor.
pub const FRAME: (u32, u32) = (640, 480);

/// A code of `version` filled with `bytes`, as the camera sees it with its quiet zone across `span` px.
pub fn camera_view(bytes: &[u8], version: u8, span: u32) -> GrayImage {
    let code = qr_code(bytes, version).expect("fits");
    let sharp = render(&code, 8);
    let seen = imageops::resize(&sharp, span, span, FilterType::Triangle);
    let seen = imageops::blur(&seen, 0.7);
    let mut frame = GrayImage::from_pixel(FRAME.0, FRAME.1, Luma([110]));
    let x = (FRAME.0 - span.min(FRAME.0)) / 2;
    let y = (FRAME.1 - span.min(FRAME.1)) / 2;
    imageops::overlay(&mut frame, &seen, i64::from(x), i64::from(y));
    for p in frame.pixels_mut() {
        // Glare: the screen's black is never black and its white never white.
        p.0[0] = (60.0 + f32::from(p.0[0]) * (140.0 / 255.0)) as u8;
    }
    frame
}

/// Bytes that fill a code of `version` at level M exactly (Japanese in Shift_JIS, like a real form).
pub fn filling(version: u8) -> Vec<u8> {
    let cap = machi_bundle::forms::payload::byte_capacity_m(version);
    let text =
        "MF1S:1/1:00000000:moving-in;1;山田 花子;ヤマダ ハナコ;栃木県小山市中央町1丁目1番1号;";
    let sjis = encoding_rs::SHIFT_JIS.encode(text).0.into_owned();
    sjis.iter().copied().cycle().take(cap).collect()
}

/// rqrr's reading of every code in an image.
pub fn rqrr_read(img: &GrayImage) -> Vec<Vec<u8>> {
    let mut prepared = rqrr::PreparedImage::prepare(img.clone());
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|g| {
            let mut out = Vec::new();
            g.decode_to(&mut out).ok().map(|_| out)
        })
        .collect()
}

/// Whether Debian's zbarimg is installed.
pub fn zbar_available() -> bool {
    Command::new("zbarimg")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// zbarimg's reading of a PNG file: the raw bytes of each code (`-Sbinary` stops it re-encoding text), one
/// code per call since binary output has no separator.
pub fn zbar_read(png: &Path) -> Option<Vec<u8>> {
    let out = Command::new("zbarimg")
        .args(["-q", "--raw", "-Sbinary"])
        .arg(png)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(out.stdout)
}

/// zbarimg's plain `-q --raw` reading: text, as zbar decoded the code's bytes (without ECI it guesses
/// ISO-8859-1 or Shift_JIS, and prints UTF-8).
pub fn zbar_read_text(png: &Path) -> Option<String> {
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(png)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    Some(text.strip_suffix('\n').unwrap_or(&text).to_string())
}

/// Whether zbar reads exactly `expected` from `img` (written to `dir`).
pub fn zbar_reads(img: &GrayImage, expected: &[u8], dir: &Path, name: &str) -> bool {
    let path = dir.join(format!("{name}.png"));
    img.save(&path).expect("write PNG");
    zbar_read(&path).is_some_and(|got| got == expected)
}
