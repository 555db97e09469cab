//! QR codes for Machi's texts (event check-ins, the counter code): made in byte mode, rendered as PNG, and read
//! back from a PNG or a photo.
//!
//! Byte mode, built by hand, because `qrcode`'s optimiser puts byte pairs that look like Shift_JIS into Kanji
//! mode, and phone readers then show UTF-8 Japanese (a profile's name) as mojibake.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, Luma};
use qrcode::bits::Bits;
use qrcode::types::QrError;
use qrcode::{EcLevel, QrCode, Version};

pub use qrcode::EcLevel as ErrorCorrection;

/// Why a text could not become a QR code, or an image gave none.
#[derive(Debug, thiserror::Error)]
pub enum QrFailure {
    #[error(
        "{bytes} bytes do not fit a QR code of version {max_version} at this error correction"
    )]
    TooLong { bytes: usize, max_version: i16 },
    #[error("QR encoding: {0}")]
    Encode(String),
    #[error("the image cannot be read: {0}")]
    Image(String),
}

/// The smallest QR code of at most `max_version` holding `data` in byte mode.
pub fn byte_mode_code(data: &[u8], ec: EcLevel, max_version: i16) -> Result<QrCode, QrFailure> {
    for v in 1..=max_version.clamp(1, 40) {
        let mut bits = Bits::new(Version::Normal(v));
        match bits
            .push_byte_data(data)
            .and_then(|_| bits.push_terminator(ec))
        {
            Ok(()) => {
                return QrCode::with_bits(bits, ec).map_err(|e| QrFailure::Encode(e.to_string()))
            }
            Err(QrError::DataTooLong) => continue,
            Err(e) => return Err(QrFailure::Encode(e.to_string())),
        }
    }
    Err(QrFailure::TooLong {
        bytes: data.len(),
        max_version,
    })
}

/// A PNG of `code`: black modules of `module_px` pixels on white, with `quiet_modules` modules of white around
/// (the standard asks for 4; printed codes read better with more).
pub fn render_png(code: &QrCode, module_px: u32, quiet_modules: u32) -> Vec<u8> {
    let modules = code.width() as u32;
    let colors = code.to_colors();
    let side = (modules + 2 * quiet_modules) * module_px;
    let mut img = GrayImage::from_pixel(side, side, Luma([255]));
    for (i, color) in colors.iter().enumerate() {
        if *color != qrcode::Color::Dark {
            continue;
        }
        let (mx, my) = (i as u32 % modules, i as u32 / modules);
        let (x0, y0) = (
            (mx + quiet_modules) * module_px,
            (my + quiet_modules) * module_px,
        );
        for y in y0..y0 + module_px {
            for x in x0..x0 + module_px {
                img.put_pixel(x, y, Luma([0]));
            }
        }
    }
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png)
        .expect("writing a PNG to memory does not fail");
    out.into_inner()
}

/// The longest side a photo is scaled down to before looking for codes: phone photos are 4,000 px wide, and
/// finding a code in them at full size takes seconds.
const SCAN_MAX_SIDE: u32 = 1600;

/// Every QR code's text found in an image (PNG, JPEG or WebP bytes), in the order found; texts that are not
/// UTF-8 are left out.
pub fn read_codes(image_bytes: &[u8]) -> Result<Vec<String>, QrFailure> {
    let img = image::load_from_memory(image_bytes)
        .map_err(|e| QrFailure::Image(e.to_string()))?
        .to_luma8();
    let (w, h) = img.dimensions();
    if w.max(h) > SCAN_MAX_SIDE {
        let scale = f64::from(SCAN_MAX_SIDE) / f64::from(w.max(h));
        let small = image::imageops::resize(
            &img,
            ((f64::from(w) * scale) as u32).max(1),
            ((f64::from(h) * scale) as u32).max(1),
            image::imageops::FilterType::Triangle,
        );
        let found = scan(small);
        if !found.is_empty() {
            return Ok(found);
        }
    }
    Ok(scan(img))
}

fn scan(img: GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(img);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let mut bytes = Vec::new();
            grid.decode_to(&mut bytes).ok()?;
            String::from_utf8(bytes).ok()
        })
        .collect()
}
