//! `pith clean`: files or stdin to stdout.

use super::{
    EXIT_ERROR, EXIT_NOTHING, EXIT_OK, WriteStop, flush_out, render_article, report, write_out,
};
use crate::cli::{CleanArgs, FormatArg};
use pith::{Article, render};
use std::io::{self, BufWriter, Read};
use std::path::Path;

pub fn run(args: &CleanArgs) -> u8 {
    if args.jsonl {
        return super::jsonl::run(args);
    }
    let options = args.cleaning.options();
    let stdin_only = [Path::new("-").to_path_buf()];
    let paths = if args.paths.is_empty() {
        &stdin_only[..]
    } else {
        &args.paths[..]
    };
    let many = paths.len() > 1;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut worst = EXIT_OK;
    for path in paths {
        let name = path.to_string_lossy();
        let article = match read_input(path, options.max_input_bytes)
            .map_err(|e| e.to_string())
            .and_then(|bytes| pith::clean_owned(bytes, &options).map_err(|e| e.to_string()))
        {
            Ok(a) => a,
            Err(e) => {
                report(&name, e);
                worst = worst.max(EXIT_ERROR);
                continue;
            }
        };
        if article.is_empty() {
            report(&name, "no article content found");
            worst = worst.max(EXIT_NOTHING);
        }
        let text = render_one(&article, args, &name, many);
        match write_out(&mut out, &text) {
            Ok(()) => {}
            Err(WriteStop::Closed) => return worst,
            Err(WriteStop::Failed(e)) => {
                report("stdout", e);
                return EXIT_ERROR;
            }
        }
    }
    match flush_out(&mut out) {
        Ok(()) | Err(WriteStop::Closed) => worst,
        Err(WriteStop::Failed(e)) => {
            report("stdout", e);
            EXIT_ERROR
        }
    }
}

fn render_one(article: &Article, args: &CleanArgs, name: &str, many: bool) -> String {
    let header = if many {
        format!("==> {name} <==\n")
    } else {
        String::new()
    };
    let format = args.cleaning.format;
    match format {
        FormatArg::Json if args.explain => {
            let mut value = render::json(article, name);
            value["blocks"] = render::explain_json(article);
            format!("{value}\n")
        }
        FormatArg::Text if args.explain => format!("{header}{}", render::explain(article)),
        FormatArg::Json => render_article(article, format, args.cleaning.links, name),
        FormatArg::Text | FormatArg::Markdown if article.is_empty() => String::new(),
        FormatArg::Text | FormatArg::Markdown => format!(
            "{header}{}",
            render_article(article, format, args.cleaning.links, name)
        ),
    }
}

/// Reads a file, or stdin for `-`, refusing more than `max_bytes`.
pub fn read_input(path: &Path, max_bytes: usize) -> io::Result<Vec<u8>> {
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        let file = std::fs::File::open(path)?;
        // Sized once from the file's length (not grown by doubling, which
        // would hold twice the file at the last step).
        if let Ok(meta) = file.metadata() {
            let expected = usize::try_from(meta.len().min(limit)).unwrap_or(0);
            bytes.reserve_exact(expected.saturating_add(1));
        }
        file.take(limit).read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}
