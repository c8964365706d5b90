use std::fs;
use std::io;
use std::path::Path;

use crate::content::DataFile;

/// Writes each file under `out`, creating folders as needed.
pub fn write_data_files(out: &Path, files: &[DataFile]) -> io::Result<()> {
    for file in files {
        let path = out.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &file.json)?;
    }
    Ok(())
}
