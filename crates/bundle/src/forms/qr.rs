//! Drawing payload parts as QR codes: byte mode only, error correction M, never above [`MAX_QR_VERSION`].
//!
//! `qrcode`'s automatic mode would put byte pairs that look like Shift_JIS into Kanji mode; for a UTF-8
//! payload that makes phone readers show mojibake, and it hides the mode choice from us. So the segment is
//! built here, in byte mode, for both encodings: the counter reader gets exactly the bytes of the part.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, Luma};
use qrcode::bits::Bits;
use qrcode::types::QrError;
use qrcode::{EcLevel, QrCode, Version};

use super::payload::{byte_capacity_m, EncodedForm};

/// The largest QR version Machi draws. Measured (docs/forms-qr.md, `cargo run -p machi-publish --example
/// qr_limits`): filled to capacity, version 8 is read by both rqrr and zbar in at least 9 of 10 views when a
/// counter camera sees the phone's code across 260 or 320 pixels, soft and with glare; version 9 and above
/// fall to 7 in 10 or worse with rqrr, and version 40 is read by neither.
pub const MAX_QR_VERSION: u8 = 8;

/// How many payload bytes one code may hold: the capacity of [`MAX_QR_VERSION`] at level M.
pub fn max_bytes_per_code() -> usize {
    byte_capacity_m(MAX_QR_VERSION)
}

/// Quiet zone around a code, in modules (the standard's minimum).
pub const QUIET_ZONE_MODULES: u32 = 4;

#[derive(Debug, thiserror::Error)]
pub enum QrRenderError {
    #[error("{bytes} bytes do not fit a QR code of version {max_version} or below")]
    TooLong { bytes: usize, max_version: u8 },
    #[error("cannot draw the QR code: {0:?}")]
    Qr(QrError),
    #[error("cannot write the PNG: {0}")]
    Png(#[from] image::ImageError),
}

/// The smallest code of version ≤ `max_version` holding `data` as one byte-mode segment at level M.
pub fn qr_code(data: &[u8], max_version: u8) -> Result<QrCode, QrRenderError> {
    for v in 1..=i16::from(max_version.min(40)) {
        let mut bits = Bits::new(Version::Normal(v));
        if bits.push_byte_data(data).is_ok() && bits.push_terminator(EcLevel::M).is_ok() {
            return QrCode::with_bits(bits, EcLevel::M).map_err(QrRenderError::Qr);
        }
    }
    Err(QrRenderError::TooLong {
        bytes: data.len(),
        max_version,
    })
}

/// A code as a greyscale image: `module_px` pixels a module, with the quiet zone.
pub fn render(code: &QrCode, module_px: u32) -> GrayImage {
    code.render::<Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(module_px.max(1), module_px.max(1))
        .build()
}

/// PNG bytes of an image.
pub fn png_bytes(image: &GrayImage) -> Result<Vec<u8>, QrRenderError> {
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, ImageFormat::Png)?;
    Ok(out.into_inner())
}

/// Every part of an encoded form as a PNG, in order; with `module_px` 8 a version-8 code is 456 px square
/// (about 4 cm at 300 dpi) and fills a phone screen's width.
pub fn render_parts(form: &EncodedForm, module_px: u32) -> Result<Vec<Vec<u8>>, QrRenderError> {
    form.parts
        .iter()
        .map(|part| png_bytes(&render(&qr_code(part, MAX_QR_VERSION)?, module_px)))
        .collect()
}
