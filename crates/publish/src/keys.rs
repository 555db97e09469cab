//! minisign keys and signatures, in the files the standard `minisign` tool reads and writes.
//!
//! The key is stored without a password: the publisher runs unattended (CI, a cron job), and the key file is
//! protected by its mode (0600) and by where it is kept instead.

use std::fs::{self, OpenOptions};
use std::io::{Cursor, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use minisign::{KeyPair, PublicKey, SecretKey, SecretKeyBox};

pub const PUBLIC_KEY_FILE: &str = "machi.pub";
pub const SECRET_KEY_FILE: &str = "machi.key";

/// Creates `path` only if it does not exist, with `mode` on Unix.
fn create_new(path: &Path, mode: u32) -> Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))
}

/// Writes `machi.pub` and `machi.key` into `dir`, refusing to overwrite either.
pub fn keygen(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let pub_path = dir.join(PUBLIC_KEY_FILE);
    let key_path = dir.join(SECRET_KEY_FILE);
    for p in [&pub_path, &key_path] {
        if p.exists() {
            bail!("{} already exists; not overwriting a key", p.display());
        }
    }
    let KeyPair { pk, sk } =
        KeyPair::generate_unencrypted_keypair().context("generating the key pair")?;
    let pk_box = pk.to_box().context("encoding the public key")?;
    let sk_box = sk
        .to_box(Some("machi-publish secret key (no password)"))
        .context("encoding the secret key")?;

    // The secret key first: if it cannot be written, no orphan public key is left behind.
    let mut f = create_new(&key_path, 0o600)?;
    f.write_all(&sk_box.to_bytes())?;
    f.sync_all()?;
    let mut f = create_new(&pub_path, 0o644)?;
    f.write_all(&pk_box.to_bytes())?;
    f.sync_all()?;

    println!("wrote {} and {}", pub_path.display(), key_path.display());
    println!("add the public key to city.toml [feed].public_keys:");
    println!("{}", pk.to_base64());
    Ok(())
}

/// A secret key ready to sign, with the base64 public key line that city.toml lists.
pub struct SigningKey {
    secret: SecretKey,
    public: PublicKey,
    pub public_base64: String,
}

impl SigningKey {
    pub fn load(path: &Path) -> Result<SigningKey> {
        let text = fs::read_to_string(path)
            .with_context(|| format!("cannot read the secret key {}", path.display()))?;
        let secret = SecretKeyBox::from_string(&text)
            .and_then(|b| b.into_unencrypted_secret_key())
            .map_err(|e| {
                anyhow::anyhow!(
                    "{} is not a minisign secret key without password ({e}); make one with `machi-publish keygen`",
                    path.display()
                )
            })?;
        let public = PublicKey::from_secret_key(&secret)
            .map_err(|e| anyhow::anyhow!("cannot derive the public key: {e}"))?;
        let public_base64 = public.to_base64();
        Ok(SigningKey {
            secret,
            public,
            public_base64,
        })
    }

    /// For signing other things than files: event check-in codes.
    pub fn secret(&self) -> &SecretKey {
        &self.secret
    }
}

/// Signs `file` into `sig_path` (minisign's prehashed Ed25519 format) with `trusted_comment`.
pub fn sign_file(
    key: &SigningKey,
    file: &Path,
    sig_path: &Path,
    trusted_comment: &str,
) -> Result<()> {
    let data = fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let signature = minisign::sign(
        Some(&key.public),
        &key.secret,
        Cursor::new(&data),
        Some(trusted_comment),
        Some("signature from machi-publish"),
    )
    .map_err(|e| anyhow::anyhow!("signing {}: {e}", file.display()))?;
    // Verify before publishing: a signature the app would reject is worse than none.
    minisign::verify(
        &key.public,
        &signature,
        Cursor::new(&data),
        true,
        false,
        false,
    )
    .map_err(|e| anyhow::anyhow!("the new signature does not verify: {e}"))?;
    let tmp = sig_path.with_extension("minisig.tmp");
    fs::write(&tmp, signature.into_string())
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    fs::rename(&tmp, sig_path).with_context(|| format!("cannot write {}", sig_path.display()))?;
    Ok(())
}
